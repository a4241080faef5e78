import { citeDocument, citeFact, type CiteFormat, type CiteStyle } from '../cite/citation.js';
import { factsTable } from '../cite/table.js';
import { compareCommand } from '../commands/compare.js';
import type { CopyResult } from '../platform/clipboard.js';
import { finderRows } from './finder.js';
import { focusedFact } from './navigation.js';
import type { Queries } from './selectors.js';
import type { CopyChoice, CopyFormat, CopyTarget, UiState } from './state/types.js';
import type { Lang } from './strings.js';

/**
 * What `c` and `C` copy: the item in focus (a figure, a document, an indicator's or a
 * category's table), and with `C` also the collection in view (the filtered list, the
 * timeline, the search results) as a table to take into a report or a spreadsheet.
 */
/** The item in focus, which `c` copies in its first format. */
export function copyTarget(state: UiState, q: Queries): CopyTarget | null {
  if (state.finder) {
    const hit = finderRows(state.finder, q)[state.finder.cursor]?.hit;
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
function listTarget(state: UiState, q: Queries): CopyTarget | null {
  let ids: readonly string[] = [];
  if (state.finder?.kind === 'search') ids = finderRows(state.finder, q).flatMap((r) => (r.hit.type === 'fact' ? [r.hit.id] : []));
  else if (state.finder?.kind === 'related') ids = finderRows(state.finder, q).map((r) => r.hit.id);
  else if (state.screen.kind === 'timeline') ids = q.timelineFacts(state).map((f) => f.id);
  else if (state.pane === 'figures' && state.screen.kind !== 'reader') ids = q.items(state);
  return ids.length > 0 ? { kind: 'list', ids } : null;
}

const PROSE: readonly CopyFormat[] = ['sentence', 'reference', 'md'];

/**
 * The ways to copy a target, first the one `c` uses. A figure or document: its citations in
 * the interface language, then in the other one, then JSON and CSV; anything else: tables.
 */
export function copyChoicesFor(target: CopyTarget, lang: Lang): CopyChoice[] {
  if (target.kind !== 'fact' && target.kind !== 'document')
    return (['table-md', 'table-tsv', 'table-csv'] as const).map((format) => ({ target, format }));
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

const TABLE = { 'table-md': 'md', 'table-tsv': 'tsv', 'table-csv': 'csv' } as const;

/** The text a choice copies; `style` is the interface's language and display script, which the choice's language overrides. */
export function copyText({ target, format, lang }: CopyChoice, q: Queries, style: CiteStyle): string {
  const d = q.dataset;
  const cited = lang === undefined ? style : { ...style, lang };
  switch (target.kind) {
    case 'fact':
      return citeFact(d, d.factById.get(target.id)!, format as CiteFormat, cited);
    case 'document':
      return citeDocument(d.documentById.get(target.id)!, format as CiteFormat, cited);
    case 'category':
    case 'indicator': {
      const table = compareCommand(d, target.id, TABLE[format as keyof typeof TABLE]);
      return 'output' in table ? table.output : '';
    }
    case 'list':
      return factsTable(
        d,
        target.ids.map((id) => d.factById.get(id)!),
        TABLE[format as keyof typeof TABLE],
        style,
      );
  }
}

/** "copied 1 fact via OSC 52 + xclip", or why not and where the text was saved instead. */
export function describeCopy(result: CopyResult, what: string, lang: 'en' | 'zh'): string {
  if (result.via.length > 0)
    return lang === 'zh' ? `已复制：${what}（经 ${result.via.join(' + ')}）` : `copied ${what} via ${result.via.join(' + ')}`;
  const why = result.problems.join('; ');
  return lang === 'zh' ? `无法复制（${why}），已保存到 ${result.file}` : `could not copy (${why}); saved to ${result.file}`;
}

/** Nothing took the text and it could not be saved either: say why, and how to get it anyway. */
export function describeCopyFailure(error: Error, target: CopyTarget, lang: 'en' | 'zh'): string {
  const how =
    target.kind === 'list'
      ? 'policy-explorer export --format csv'
      : `policy-explorer ${target.kind === 'indicator' ? 'compare' : 'show'} ${target.id}`;
  return lang === 'zh'
    ? `无法复制，也无法保存（${error.message}）；可用 ${how} 输出`
    : `could not copy or save it (${error.message}); ${how} prints it`;
}

/** "1 fact", "1 document", "the comparison table", "a table of 34 figures"; "表格（34 项数据）". */
export function copyWhat(target: CopyTarget, lang: 'en' | 'zh'): string {
  switch (target.kind) {
    case 'fact':
      return lang === 'zh' ? '1 项数据' : '1 fact';
    case 'document':
      return lang === 'zh' ? '1 份文件' : '1 document';
    case 'category':
    case 'indicator':
      return lang === 'zh' ? '对比表' : 'the comparison table';
    case 'list':
      return lang === 'zh'
        ? `表格（${target.ids.length} 项数据）`
        : `a table of ${target.ids.length} figure${target.ids.length === 1 ? '' : 's'}`;
  }
}
