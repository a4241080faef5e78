import { columnsOf } from '../model/listColumns.js';
import { NO_FILTER } from '../model/queries.js';
import type { Dataset } from '../model/types.js';
import { saveTarget } from './copy/saving.js';
import { copyChoicesFor, copying, copyTarget } from './copy/targets.js';
import type { Command } from './keys/words.js';
import { MODES, openedOver } from './modes.js';
import { askToSave, openSaveBox, saveAnswered } from './modes/save/reducer.js';
import { inputMode, shownMode, type ModeContext } from './state/mode.js';
import { jumpTo, keepFactInView } from './state/navigation.js';
import type { Queries } from './state/selectors.js';
import type { Action, SavedSettings, Step, UiState } from './state/types.js';
import type { Lang } from './strings.js';

/** The explorer's state, changed only by `update`: (state, action) → state + effects (the types are in state/types.ts). */
export function initialState(dataset: Dataset, lang: Lang = 'en', start: Partial<Omit<SavedSettings, 'lang'>> = {}): UiState {
  return {
    pane: 'documents',
    selected: {
      documents: dataset.documents[0]?.id ?? null,
      figures: null,
      categories: dataset.categories[0]?.id ?? null,
      compare: dataset.indicators[0]?.id ?? null,
    },
    filter: NO_FILTER,
    order: start.order ?? 'place',
    screen: { kind: 'list' },
    history: [],
    overlay: null,
    lang,
    script: start.script ?? 'original',
    viewport: { rows: 20, readerWidth: 78, width: 78, drawn: true },
    message: null,
    notice: null,
    detailHidden: false,
    columns: columnsOf(start.columns?.split(',').map((c) => c.trim()) ?? []),
  };
}

/** What a mode's reducer reads besides the state, for one step. */
function contextOf(q: Queries): ModeContext {
  return { q, update: (state, command) => update(state, { type: 'command', command }, q) };
}

/**
 * One step of the explorer: the new state, and what must happen outside it. Leaving, stopping
 * and reviewing work in every mode; every other key goes to the mode that has the keys.
 */
export function update(state: UiState, action: Action, q: Queries): Step {
  if (action.type !== 'command') return { state: reduce(state, action, q), effects: [] };
  // A passing message lasts until the next key: whatever that key says replaces it.
  if (state.message !== null || state.notice !== null) state = { ...state, message: null, notice: null };
  const command = action.command;
  if (command === 'interrupt') return { state, effects: [{ type: 'quit', interrupted: true }] };
  if (command === 'suspend') return { state, effects: [{ type: 'suspend' }] };
  if (command === 'quit') return { state, effects: [{ type: 'quit', interrupted: false }] };
  if (command === 'review' && state.pane === 'documents' && state.overlay === null) {
    const document = q.current(state);
    return document === null ? { state, effects: [] } : { state, effects: [{ type: 'review', document }] };
  }
  // Nothing is drawn on a too-small screen, so nothing may change unseen: only quitting works.
  if (!state.viewport.drawn) return { state, effects: [] };
  const stepped = MODES[inputMode(state)].step?.(state, command, contextOf(q));
  if (stepped) return stepped;
  if (command === 'copy') {
    const target = copyTarget(state, q);
    return copying(state, target && copyChoicesFor(target, state.lang)[0]!);
  }
  if (command === 'save') return askToSave(state, saveTarget(state, q));
  const next = reduce(state, action, q);
  // Only what changed is saved: another explorer may have saved the others since this one started.
  const change = {
    ...(next.lang === state.lang ? {} : { lang: next.lang }),
    ...(next.script === state.script ? {} : { script: next.script }),
    ...(next.order === state.order ? {} : { order: next.order }),
    ...(next.columns === state.columns ? {} : { columns: next.columns.join(',') }),
  };
  return { state: next, effects: Object.keys(change).length > 0 ? [{ type: 'saveSettings', change, lang: next.lang }] : [] };
}

/**
 * The state an action leads to; commands with effects are `update`'s. A key goes to the mode
 * that has the keys (modes.ts), and one it leaves may open an overlay over it.
 */
export function reduce(state: UiState, action: Action, q: Queries): UiState {
  const ctx = contextOf(q);
  switch (action.type) {
    case 'viewport': {
      const readerWidth = Math.max(10, action.readerWidth);
      const viewport = {
        rows: Math.max(1, action.rows),
        readerWidth,
        width: Math.max(readerWidth, action.width ?? 0),
        drawn: action.drawn,
      };
      const resized = { ...state, viewport, screen: keepFactInView(state, viewport, q) };
      return MODES[shownMode(resized)].resized?.(resized, ctx) ?? resized;
    }
    case 'clearMessage':
      return state.message === null && state.notice === null ? state : { ...state, message: null, notice: null };
    case 'notice':
      return { ...state, notice: action.text };
    case 'openSave':
      return openSaveBox(state, action.target, action.path);
    case 'saveAnswer':
      return saveAnswered(state, action.answer);
    case 'jump':
      return q.dataset.factById.has(action.fact) ? jumpTo(state, q, action.fact) : state;
    case 'type':
      return MODES[shownMode(state)].type?.(state, action.text, ctx) ?? state;
    case 'command':
      return reduceCommand(state, action.command, ctx);
  }
}

function reduceCommand(state: UiState, command: Command, ctx: ModeContext): UiState {
  return MODES[inputMode(state)].reduce(state, command, ctx) ?? openedOver(state, command, ctx.q) ?? state;
}
