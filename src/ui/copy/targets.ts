import { finderRows } from '../modes/finder/rows.js';
import { focusedFact } from '../state/navigation.js';
import { progressInView } from '../modes/progress/targets.js';
import type { Queries } from '../state/selectors.js';
import type { FinderState } from '../modes/finder/state.js';
import type { Step, UiState } from '../state/types.js';
import { t, type Lang } from '../strings.js';
import type { CopyChoice, CopyFormat, CopyTarget } from './types.js';

/**
 * What `c` and `C` copy: the item in focus (a figure, a document, an indicator's or a
 * category's table), and with `C` also the collection in view (the filtered list, the
 * timeline, the search results) as a table to take into a report or a spreadsheet.
 */
/** The search box or the related figures, where they are open: what they list is what is in view. */
export function finderOf(state: UiState): FinderState | null {
  const open = state.overlay;
  return open?.kind === 'search' || open?.kind === 'related' ? open : null;
}

/** The item in focus, which `c` copies in its first format. */
export function copyTarget(state: UiState, q: Queries): CopyTarget | null {
  const finder = finderOf(state);
  if (finder) {
    const hit = finderRows(finder, q)[finder.cursor]?.hit;
    if (!hit || hit.type === 'place') return null;
    return { kind: hit.type, id: hit.id };
  }
  if (state.screen.kind === 'reader') {
    const doc = q.dataset.documentById.get(state.screen.document)!;
    const fact = state.screen.fact >= 0 ? q.readerFacts(doc.id)[state.screen.fact] : undefined;
    return fact ? { kind: 'fact', id: fact.id } : { kind: 'document', id: doc.id };
  }
  const fact = focusedFact(state, q);
  if (fact) return { kind: 'fact', id: fact };
  const id = q.current(state);
  if (id === null) return null;
  const kinds = { documents: 'document', categories: 'category', compare: 'indicator', figures: null } as const;
  const kind = kinds[state.pane];
  return kind ? { kind, id } : null;
}

/** The collection in view, whose figures `C` can copy as a table. */
export function listTarget(state: UiState, q: Queries): CopyTarget | null {
  let ids: readonly string[] = [];
  const finder = finderOf(state);
  if (!finder && state.screen.kind === 'progress') {
    const targets = progressInView(state, q).map((p) => p.target.id);
    return targets.length > 0 ? { kind: 'progress', ids: targets } : null;
  }
  if (finder?.kind === 'search') ids = finderRows(finder, q).flatMap((r) => (r.hit.type === 'fact' ? [r.hit.id] : []));
  else if (finder?.kind === 'related') ids = finderRows(finder, q).map((r) => r.hit.id);
  else if (state.screen.kind === 'timeline') ids = q.timelineFacts(state).map((f) => f.id);
  else if (state.pane === 'figures' && state.screen.kind !== 'reader') ids = q.items(state);
  return ids.length > 0 ? { kind: 'list', ids } : null;
}

const PROSE: readonly CopyFormat[] = ['sentence', 'reference', 'md'];

/**
 * The ways to copy a target, first the one `c` uses. A figure or document: its citations in
 * the interface language, then in the other one, then JSON and CSV; anything else: tables,
 * and last the way to save the table to a file instead.
 */
export function copyChoicesFor(target: CopyTarget, lang: Lang): CopyChoice[] {
  if (target.kind !== 'fact' && target.kind !== 'document')
    return (['table-md', 'table-tsv', 'table-csv', 'save'] as const).map((format) => ({ target, format }));
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  return [
    ...PROSE.map((format) => ({ target, format, lang })),
    ...PROSE.map((format) => ({ target, format, lang: other })),
    { target, format: 'json' },
    { target, format: 'csv' },
  ];
}

/** What `C` offers: the item's formats, then the tables of the collection in view. */
export function copyChoices(state: UiState, q: Queries): CopyChoice[] {
  return [copyTarget(state, q), listTarget(state, q)].flatMap((target) => (target ? copyChoicesFor(target, state.lang) : []));
}

/** A copy asked of the clipboard, in the interface's language and script; with nothing to copy, a notice says so. */
export function copying(state: UiState, choice: CopyChoice | null): Step {
  return choice
    ? { state, effects: [{ type: 'copy', choice, lang: state.lang, script: state.script }] }
    : { state: { ...state, notice: t('nothingToCopy', state.lang) }, effects: [] };
}
