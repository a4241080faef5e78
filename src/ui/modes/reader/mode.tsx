import type { ModeSpec } from '../../state/mode.js';
import { onScreen } from '../global/reducer.js';
import { reader } from './reducer.js';
import { ReaderScreen } from './view.js';

/** A document's text with its figures marked, and their detail beside it on a wide terminal. */
export const READER: ModeSpec = {
  reduce: onScreen(reader),
  view: ReaderScreen,
};
