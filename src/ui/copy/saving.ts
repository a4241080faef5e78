import type { CiteStyle } from '../../cite/words.js';
import { figuresTable } from '../../cite/table.js';
import { compared, compareTable } from '../../cite/compareTable.js';
import { progressTable } from '../../cite/progressTable.js';
import type { Queries } from '../state/selectors.js';
import type { UiState } from '../state/types.js';
import { t, tf, type Lang } from '../strings.js';
import { join, resolve } from 'node:path';
import { inScript, type Script } from '../../model/script.js';
import type { SaveAnswer } from '../modes/save/state.js';
import { formatOfPath, saveTable, type FileFormat } from '../../tables/file.js';
import { copyTarget, finderOf, listTarget } from './targets.js';
import type { CopyTarget, SaveTarget } from './types.js';

export type { SaveTarget } from './types.js';

/**
 * What the save key writes: the collection on screen (the list as filtered and sorted, the
 * timeline, the search results or related figures), else on Compare or Categories the
 * comparison of the item in focus; the name it suggests, the table, and what the status line
 * says of it.
 */

export function saveTarget(state: UiState, q: Queries): SaveTarget | null {
  const list = listTarget(state, q);
  if (list) {
    const finder = finderOf(state);
    const screen = state.screen.kind;
    const name = finder ? finder.kind : screen === 'timeline' || screen === 'progress' ? screen : 'figures';
    return { target: list, name };
  }
  const item = copyTarget(state, q);
  return item && (item.kind === 'indicator' || item.kind === 'category') ? saveTargetOf(item) : null;
}

/** The save of a collection the copy chooser offers, named as the save key would name it. */
export function saveTargetOf(target: CopyTarget): SaveTarget {
  if (target.kind === 'list' || target.kind === 'progress') return { target, name: target.kind === 'list' ? 'figures' : 'progress' };
  return { target, name: `compare-${target.id}` };
}

/** "policy-explorer-figures-2026-12-07.csv": in the current folder, dated by the local clock. */
export function suggestedName(name: string, today: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}`;
  return `policy-explorer-${name}-${date}.csv`;
}

/** Writes the table a target saves, its rows in the order shown: a list's figures, or a comparison. */
function writeTarget(target: CopyTarget, q: Queries, style: CiteStyle, path: string, format: FileFormat, replace: boolean) {
  const d = q.dataset;
  if (target.kind === 'list') {
    const facts = target.ids.map((id) => d.factById.get(id)!);
    return saveTable(figuresTable(d, facts, style), path, format, { replace });
  }
  if (target.kind === 'progress') {
    const targets = target.ids.map((id) => d.factById.get(id)!);
    return saveTable(progressTable(d, targets, style), path, format, { replace });
  }
  // The item in focus exists in the data it was found in.
  return saveTable(compareTable(d, target.id, style)!, path, format, { replace });
}

/** "34 figures", "the comparison of 高新技术企业数量 (12 figures)". */
export function savedWhat(target: CopyTarget, q: Queries, lang: Lang): string {
  if (target.kind === 'progress') {
    const n = target.ids.length;
    return lang === 'zh' ? `${n} 项目标的进展` : `the progress of ${n} target${n === 1 ? '' : 's'}`;
  }
  const figures = target.kind === 'list' ? target.ids.length : (compared(q.dataset, target.id)?.facts.length ?? 0);
  const count = lang === 'zh' ? `${figures} 项数据` : `${figures} figure${figures === 1 ? '' : 's'}`;
  if (target.kind === 'list') return count;
  const title = compared(q.dataset, target.id)?.title ?? target.id;
  return lang === 'zh' ? `${title}的对比表（${count}）` : `the comparison of ${title} (${count})`;
}

/** Why a file could not be written, in words a person can act on; the system's message where there are none. */
export function whyNotSaved(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t('saveWhy-readOnly', lang);
  if (code === 'ENOSPC' || code === 'EDQUOT') return t('saveWhy-full', lang);
  if (code === 'ENOENT' || code === 'ENOTDIR') return t('saveWhy-noFolder', lang);
  if (code === 'EISDIR') return t('saveWhy-folder', lang);
  return (error as Error).message ?? String(error);
}

export function describeNotSaved(path: string, error: unknown, lang: Lang): string {
  return tf('notSaved', lang, { path, why: whyNotSaved(error, lang) });
}

/** Where a name typed in the box is: relative to the current folder; `~/` is the home folder, as in a shell. */
export function resolvedPath(path: string, folder: string, home: string | undefined): string {
  if (home && (path === '~' || path.startsWith('~/'))) return join(home, path.slice(1));
  return resolve(folder, path);
}

/** Writes a save effect's table to its file, and says how it ended; it never throws. */
export async function runSave(
  effect: { target: CopyTarget; path: string; replace: boolean; lang: Lang; script: Script },
  q: Queries,
  folder: string,
): Promise<SaveAnswer> {
  const { path, lang } = effect;
  try {
    const format = formatOfPath(path);
    if (format === null) throw new Error(tf('saveUnknownFormat', lang, { ext: path }));
    const style = {
      lang,
      script: effect.script,
      zh: (z: string) => inScript(z, effect.script),
      traditional: (z: string) => inScript(z, 'traditional'),
    };
    const outcome = await writeTarget(effect.target, q, style, resolvedPath(path, folder, process.env.HOME), format, effect.replace);
    if (outcome === 'exists') return { outcome, path };
    return { outcome, path, text: tf('saved', lang, { what: savedWhat(effect.target, q, lang), path }) };
  } catch (error) {
    return { outcome: 'failed', path, text: describeNotSaved(path, error, lang) };
  }
}
