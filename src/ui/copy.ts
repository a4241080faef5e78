import { citeComparison, citeDocument, citeFact, type CiteStyle } from '../cite/citation.js';
import { focusedFact } from './navigation.js';
import { finderRows } from './finder.js';
import type { CopyResult } from '../platform/clipboard.js';
import type { Queries } from './selectors.js';
import type { UiState } from './state.js';

/** What `c` copies: the item in focus, and the formats it can be copied in. */
export type CopyTarget = { readonly kind: 'fact' | 'document' | 'category'; readonly id: string };

export type CopyFormat = 'text' | 'md' | 'json' | 'csv' | 'table-md' | 'table-tsv';

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
  return state.pane === 'documents' ? { kind: 'document', id } : state.pane === 'categories' ? { kind: 'category', id } : null;
}

export function copyFormats(target: CopyTarget): CopyFormat[] {
  return target.kind === 'category' ? ['table-md', 'table-tsv'] : ['text', 'md', 'json', 'csv'];
}

export function copyText(target: CopyTarget, format: CopyFormat, q: Queries, style: CiteStyle): string {
  const d = q.dataset;
  switch (target.kind) {
    case 'fact':
      return citeFact(d, d.factById.get(target.id)!, format as 'text', style);
    case 'document':
      return citeDocument(d.documentById.get(target.id)!, format as 'text', style);
    case 'category':
      return citeComparison(d, target.id, format === 'table-tsv' ? 'tsv' : 'md', style);
  }
}

/** "copied 1 fact via OSC 52 + xclip", or why not and where the text was saved instead. */
export function describeCopy(result: CopyResult, what: string, lang: 'en' | 'zh'): string {
  if (result.via.length > 0)
    return lang === 'zh' ? `已复制${what}（${result.via.join(' + ')}）` : `copied ${what} via ${result.via.join(' + ')}`;
  const why = result.problems.join('; ');
  return lang === 'zh' ? `无法复制（${why}），已保存到 ${result.file}` : `could not copy (${why}); saved to ${result.file}`;
}

/** Nothing took the text and it could not be saved either: say why, and how to get it anyway. */
export function describeCopyFailure(error: Error, target: CopyTarget, lang: 'en' | 'zh'): string {
  const command = `policy-explorer show ${target.id}`;
  return lang === 'zh'
    ? `无法复制，也无法保存（${error.message}）；可用 ${command} 输出`
    : `could not copy or save it (${error.message}); ${command} prints it`;
}

/** "1 fact", "1 document", "the comparison table". */
export function copyWhat(target: CopyTarget, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return target.kind === 'fact' ? '1 条数据' : target.kind === 'document' ? '1 份文件' : '对比表';
  return target.kind === 'fact' ? '1 fact' : target.kind === 'document' ? '1 document' : 'the comparison table';
}
