import type { ModeSpec } from '../../state/mode.js';
import { READER } from '../reader/mode.js';
import { findEdit, typeIntoFind } from './reducer.js';

/** The reader with its find box open: letters are the box's text, and the box's keys edit and step it. */
export const FIND: ModeSpec = {
  ...READER,
  reduce: (state, command, ctx) => findEdit(state, ctx.q, command) ?? READER.reduce(state, command, ctx),
  type: (state, text, { q }) => typeIntoFind(state, q, text),
};

/** The reader with a find's matches kept: its keys (keys.ts) step the matches where they would step the figures. */
export const FOUND: ModeSpec = READER;
