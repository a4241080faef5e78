import type { ModeKeys } from '../../keys/words.js';

/** While the terminal is too small to draw, only the keys of every screen answer, and of those only quitting acts. */
export const TOO_SMALL_KEYS: ModeKeys = { titles: {}, modes: { 'too-small': ['global'] }, bindings: [] };
