import { citeDocument, citeFact, type CiteFormat, type CiteStyle } from '../../cite/citation.js';
import { factsTable } from '../../cite/table.js';
import { compareTable } from '../../cite/compareTable.js';
import { progressTable } from '../../cite/progressTable.js';
import { tableText } from '../../tables/write.js';
import type { CopyResult } from '../../platform/clipboard.js';
import type { Queries } from '../state/selectors.js';
import type { CopyChoice, CopyTarget } from './types.js';

/** The text a copy puts on the clipboard, and what the status line says of it. */

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
      // The item in focus exists in the data it was found in.
      return [...tableText(compareTable(d, target.id, style)!, TABLE[format as keyof typeof TABLE])].join('');
    }
    case 'progress': {
      const targets = target.ids.map((id) => d.factById.get(id)!);
      return [...tableText(progressTable(d, targets, style), TABLE[format as keyof typeof TABLE])].join('');
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
    target.kind === 'progress'
      ? 'policy-explorer progress'
      : target.kind === 'list'
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
    case 'progress':
      return lang === 'zh'
        ? `进展表（${target.ids.length} 项目标）`
        : `the progress of ${target.ids.length} target${target.ids.length === 1 ? '' : 's'}`;
    case 'list':
      return lang === 'zh'
        ? `表格（${target.ids.length} 项数据）`
        : `a table of ${target.ids.length} figure${target.ids.length === 1 ? '' : 's'}`;
  }
}
