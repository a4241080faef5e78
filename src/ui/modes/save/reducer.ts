import { formatOfPath } from '../../../tables/file.js';
import type { CopyTarget, SaveTarget } from '../../copy/types.js';
import type { SaveAnswer } from './state.js';

export type { SaveAnswer } from './state.js';
import type { Command } from '../../keys/words.js';
import type { OverlayOf, Step, UiState } from '../../state/types.js';
import { t, tf } from '../../strings.js';
import { appendQuery, editOf, editQuery } from '../../text/query.js';

type Box = OverlayOf<'save' | 'saveReplace'>;

/**
 * The save key: the box is asked for the collection in view; its suggested name carries
 * today's date, which the effect reads from the clock and hands back (`openSaveBox`).
 */
export function askToSave(state: UiState, saving: SaveTarget | null): Step {
  return saving
    ? { state, effects: [{ type: 'askSave', target: saving.target, name: saving.name }] }
    : { state: { ...state, notice: t('nothingToSave', state.lang) }, effects: [] };
}

/** The box opened over what is on screen, which it gives back when it closes. */
export function openSaveBox(state: UiState, target: CopyTarget, path: string): UiState {
  return { ...state, overlay: { kind: 'save', target, path, problem: null, pending: false, over: state.overlay } };
}

/** Keys in the box: Esc closes it, the editing keys edit the name (it keeps every other key). */
export function editingPath(state: UiState, box: Box, command: Command): UiState {
  if (command === 'close') return { ...state, overlay: box.over };
  const edit = editOf(command);
  return edit && !box.pending ? { ...state, overlay: { ...box, path: editQuery(box.path, edit), problem: null } } : state;
}

export function typeIntoPath(state: UiState, box: Box, text: string): UiState {
  return box.pending ? state : { ...state, overlay: { ...box, path: appendQuery(box.path, text).query, problem: null } };
}

/** Enter: a name whose extension says a format is written, never over a file (that is asked first); any other name is said to be wrong, and the box stays. */
export function submitPath(state: UiState, box: Box): Step {
  const path = box.path.trim();
  if (box.pending) return { state, effects: [] };
  const problem = path === '' ? t('saveNoName', state.lang) : formatOfPath(path) === null ? unknownFormat(path, state) : null;
  if (problem !== null) return { state: { ...state, overlay: { ...box, problem } }, effects: [] };
  return writing(state, box, path, false);
}

function unknownFormat(path: string, state: UiState): string {
  const ext = /\.[^./\\]*$/u.exec(path)?.[0] ?? path;
  return tf('saveUnknownFormat', state.lang, { ext });
}

function writing(state: UiState, box: Box, path: string, replace: boolean): Step {
  return {
    state: { ...state, overlay: { ...box, kind: 'save', path, problem: null, pending: true } },
    effects: [{ type: 'save', target: box.target, path, replace, lang: state.lang, script: state.script }],
  };
}

/** y: the file is replaced, whole; n or Esc goes back to the name, the file untouched. */
export function replacing(state: UiState, box: Box, command: Command): UiState {
  return command === 'close' ? { ...state, overlay: { ...box, kind: 'save', pending: false } } : state;
}

export function confirmReplace(state: UiState, box: Box): Step {
  return writing(state, box, box.path, true);
}

/**
 * The answer of a save: saved, the box closes and the status line says so; a file has the
 * name, the box asks whether to replace it; failed, the box stays for another name and the
 * status line says why. A box closed meanwhile is not opened again.
 */
export function saveAnswered(state: UiState, answer: SaveAnswer): UiState {
  const open = state.overlay;
  const box = (open?.kind === 'save' || open?.kind === 'saveReplace') && open.pending && open.path === answer.path ? open : null;
  switch (answer.outcome) {
    case 'saved':
      return { ...state, overlay: box ? box.over : state.overlay, notice: answer.text };
    case 'failed':
      return { ...state, overlay: box ? { ...box, pending: false, problem: answer.text } : state.overlay, notice: answer.text };
    case 'exists':
      return box ? { ...state, overlay: { ...box, kind: 'saveReplace', pending: false } } : state;
  }
}
