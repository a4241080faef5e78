import type { ModeKeys } from '../../keys/words.js';

/** The timeline is a list of figures by year: list keys move and open, and it has no keys of its own. */
export const TIMELINE_KEYS: ModeKeys = { titles: {}, modes: { timeline: ['list', 'global'] }, bindings: [] };
