import { NO_FILTER } from '../model/queries.js';
import type { Dataset } from '../model/types.js';
import { copyChoices, copyChoicesFor, copyTarget } from './copy/targets.js';
import type { CopyChoice } from './copy/types.js';
import { PANES, type Action, type Pane, type SavedSettings, type Step, type UiState } from './state/types.js';
import { editQuery, type Edit } from './text/query.js';
import type { Command } from './keys.js';
import { focusedFact, jumpTo, keepFactInView, next, push, showSource } from './state/navigation.js';
import { helpOf } from './modes.js';
import { palette, paletteChoice } from './palette.js';
import { findBox, findQuery } from './readerFind.js';
import { chooser, detail, finding, help, list, reader, timelineScreen, typeInto } from './screens.js';
import { SCRIPTS } from '../model/script.js';
import { filtering } from './filters.js';
import type { Queries } from './state/selectors.js';
import { t, type Lang } from './strings.js';

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
  };
}

/** Switching panes from a detail or the reader keeps it in the history, so Back can return to it. */
function showPane(state: UiState, pane: Pane): UiState {
  const change = { pane, screen: { kind: 'list' } as const };
  return state.screen.kind === 'list' ? { ...state, ...change } : push(state, change);
}

const EDITS: Partial<Record<Command, Edit>> = { deleteChar: 'backspace', deleteWord: 'word', clearQuery: 'clear' };

/** One step of the explorer: the new state, and what must happen outside it. */
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
  const copy = (choice: CopyChoice | null): Step =>
    choice
      ? { state, effects: [{ type: 'copy', choice, lang: state.lang, script: state.script }] }
      : { state: { ...state, notice: t('nothingToCopy', state.lang) }, effects: [] };
  // The palette's choice runs as its key would have, on the screen under the palette.
  if (state.overlay?.kind === 'palette' && command === 'choose') {
    const chosen = paletteChoice(state);
    return chosen ? update({ ...state, overlay: state.overlay.over }, { type: 'command', command: chosen }, q) : { state, effects: [] };
  }
  if (state.overlay?.kind === 'chooser' && command === 'choose') {
    const { choices, cursor, over } = state.overlay;
    return { ...copy(choices[cursor] ?? null), state: { ...state, overlay: over } };
  }
  if (command === 'copy') {
    const target = copyTarget(state, q);
    return copy(target && copyChoicesFor(target, state.lang)[0]!);
  }
  const next = reduce(state, action, q);
  // Only what changed is saved: another explorer may have saved the others since this one started.
  const change = {
    ...(next.lang === state.lang ? {} : { lang: next.lang }),
    ...(next.script === state.script ? {} : { script: next.script }),
    ...(next.order === state.order ? {} : { order: next.order }),
  };
  return { state: next, effects: Object.keys(change).length > 0 ? [{ type: 'saveSettings', change, lang: next.lang }] : [] };
}

/** The state an action leads to; commands with effects are `update`'s. */
export function reduce(state: UiState, action: Action, q: Queries): UiState {
  switch (action.type) {
    case 'viewport': {
      const readerWidth = Math.max(10, action.readerWidth);
      const viewport = {
        rows: Math.max(1, action.rows),
        readerWidth,
        width: Math.max(readerWidth, action.width ?? 0),
        drawn: action.drawn,
      };
      // The help's place is kept within its new length, so the first key after a resize moves it.
      const resized = { ...state, viewport, screen: keepFactInView(state, viewport, q) };
      const open = state.overlay;
      return open?.kind === 'help' ? { ...resized, overlay: { ...open, top: Math.min(open.top, helpOf(resized).maxTop) } } : resized;
    }
    case 'clearMessage':
      return state.message === null && state.notice === null ? state : { ...state, message: null, notice: null };
    case 'notice':
      return { ...state, notice: action.text };
    case 'jump':
      return q.dataset.factById.has(action.fact) ? jumpTo(state, q, action.fact) : state;
    case 'type':
      return typeInto(state, q, action.text);
    case 'command':
      break;
  }
  const command = action.command;
  const open = state.overlay;
  if (open?.kind === 'help') return help(state, open, command);
  if (open?.kind === 'palette') return palette(state, open, command);
  if (open?.kind === 'chooser') return chooser(state, open, command);
  if (command === 'copyAs') {
    const choices = copyChoices(state, q);
    return choices.length
      ? { ...state, overlay: { kind: 'chooser', choices, cursor: 0, over: open } }
      : { ...state, notice: t('nothingToCopy', state.lang) };
  }
  if (command === 'help') return { ...state, overlay: { kind: 'help', top: 0, query: '', over: open } };
  if (command === 'palette') return { ...state, overlay: { kind: 'palette', query: '', cursor: 0, over: open } };
  const edit = EDITS[command];
  if (edit) {
    const box = findBox(state);
    if (box) return findQuery(state, q, editQuery(box.query, edit));
    return open?.kind === 'search' ? { ...state, overlay: { ...open, query: editQuery(open.query, edit), cursor: 0 } } : state;
  }
  if (open) return finding(state, open, q, command);
  const refiltered = filtering(state, q, command);
  if (refiltered) return refiltered;
  switch (command) {
    case 'search':
      return { ...state, overlay: { kind: 'search', query: '', cursor: 0 } };
    case 'related': {
      const fact = focusedFact(state, q);
      return fact ? { ...state, overlay: { kind: 'related', fact, cursor: 0 } } : state;
    }
    case 'toggleLang':
      return { ...state, lang: state.lang === 'en' ? 'zh' : 'en' };
    case 'toggleDetail':
      return { ...state, detailHidden: !state.detailHidden };
    case 'toggleScript':
      return { ...state, script: next(SCRIPTS, state.script) };
    case 'nextPane':
      return showPane(state, next(PANES, state.pane));
    case 'prevPane':
      return showPane(state, next(PANES, state.pane, -1));
    case 'paneDocuments':
      return showPane(state, 'documents');
    case 'paneFigures':
      return showPane(state, 'figures');
    case 'paneCategories':
      return showPane(state, 'categories');
    case 'paneCompare':
      return showPane(state, 'compare');
    case 'timeline':
      return push(state, { pane: 'figures', screen: { kind: 'timeline', cursor: 0 } });
    case 'showSource':
      return showSource(state, q);
    case 'back': {
      const previous = state.history.at(-1);
      if (previous) return { ...state, ...previous, history: state.history.slice(0, -1), message: null };
      return state.screen.kind === 'list' ? state : { ...state, screen: { kind: 'list' } };
    }
    default:
      break;
  }
  switch (state.screen.kind) {
    case 'reader':
      return reader(state, q, command);
    case 'timeline':
      return timelineScreen(state, q, command);
    case 'detail':
      return detail(state, q, command);
    case 'list':
      return list(state, q, command);
  }
}
