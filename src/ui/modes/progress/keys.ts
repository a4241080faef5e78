import type { ModeKeys } from '../../keys/words.js';

/** The progress screen is a list of targets: list keys move and open, and it has no keys of its own. */
export const PROGRESS_KEYS: ModeKeys = { titles: {}, modes: { progress: ['list', 'global'] }, bindings: [] };
