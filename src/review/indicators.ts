import { join } from 'node:path';
import { Document } from 'yaml';
import { unitFamily } from '../model/indicators.js';
import type { IndicatorInput } from '../model/schema.js';
import { foldScript } from '../text/fold.js';
import { simplifiedToTraditional } from '../model/script.js';
import { ID_MAX } from '../model/values.js';
import type { Named } from './names.js';
import { fileAsRead, writeChecked, type Outcome } from './write.js';

/**
 * A new indicator a reviewer names where the folder's list has none for a figure: written to
 * the folder's indicators.yaml marked as proposed, as ingest marks those it takes from its
 * catalogue, so that a person accepts it there like any other proposal. Its names are the
 * reviewer's; only its traditional name is derived, and its unit family is the figure's.
 */

export interface IndicatorDraft {
  /** Its Chinese name, in simplified script. */
  readonly zh: string;
  readonly en: string;
  readonly definition: string;
  /** The unit of the figure it is proposed for: the indicator counts in its family. */
  readonly unit: string;
}

/** Whether a name is Chinese: then the English one is asked for, else the Chinese one. */
export const isChinese = (name: string): boolean => /\p{Script=Han}/u.test(name);

/** An id from the English name's words, not one the folder's indicators have. */
export function indicatorId(english: string, taken: readonly Named[]): string | undefined {
  const words = english
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let base = '';
  for (const word of words) if (`${base}-${word}`.length <= ID_MAX - 3) base = base ? `${base}-${word}` : word;
  if (base === '') return undefined;
  const ids = new Set(taken.map((n) => n.id));
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!ids.has(id)) return id;
  }
}

/** The entry for the folder's list, or why there can be none. */
export function indicatorEntry(draft: IndicatorDraft, taken: readonly Named[]): IndicatorInput | string {
  const [zh, en, definition] = [draft.zh.trim(), draft.en.trim(), draft.definition.trim()];
  if (!isChinese(zh)) return 'a new indicator needs its Chinese name';
  if (en === '' || isChinese(en)) return 'a new indicator needs its English name, in letters';
  if (definition === '') return 'a new indicator needs a definition: what it counts';
  const same = taken.find((n) => n.names.includes(foldScript(zh).toLowerCase()) || n.names.includes(en.toLowerCase()));
  if (same) return `the folder has this indicator already: ${same.id}`;
  const id = indicatorId(en, taken);
  if (id === undefined) return 'a new indicator needs an English name with letters or digits, for its id';
  const simplified = foldScript(zh);
  return {
    id,
    status: 'proposed',
    name: { zh_hans: simplified, zh_hant: simplifiedToTraditional(simplified), en },
    aliases: simplified === zh ? [] : [zh],
    definition,
    unit_family: unitFamily(draft.unit),
    categories: [],
    topics: [],
  };
}

/**
 * Adds the entry at the end of the folder's indicators.yaml, every line before it as it was,
 * if the file is still as it was read, and the folder still validates after.
 */
export function proposeIndicator(dir: string, entry: IndicatorInput): Outcome {
  const path = join(dir, 'indicators.yaml');
  const file = fileAsRead(path);
  if ('problem' in file) return { problem: `indicators.yaml ${file.problem}: the indicator was not proposed` };
  const { text } = file;
  const separated = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return writeChecked(dir, file, `${separated}${new Document([entry]).toString({ lineWidth: 0 })}`);
}
