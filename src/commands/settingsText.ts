import { isAlias, isMap, isNode, isScalar, LineCounter, type YAMLMap } from 'yaml';
import { z } from 'zod';
import { FACT_COLUMNS } from '../model/listColumns.js';
import { FACT_ORDERS, type FactOrder } from '../model/queries.js';
import { parseYaml, yamlErrors } from '../model/source.js';
import type { Problem } from '../model/types.js';
import { CLIPBOARD_MODES, type ClipboardMode } from '../platform/clipboard.js';
import { flow, setKey, spliced } from '../review/splice.js';

/**
 * The text of config.yaml: the settings it holds, and one of them set in it with every other
 * byte kept. The file is the person's: they may keep comments in it, blank lines, keys of a
 * later version, and the explorer changes only the value it was asked to.
 */

/** The explorer's settings; every one is optional. */
export const SettingsSchema = z.object({
  lang: z.enum(['en', 'zh']).optional(),
  script: z.enum(['original', 'simplified', 'traditional']).optional(),
  order: z.enum(FACT_ORDERS as [FactOrder, ...FactOrder[]]).optional(),
  // The Figures list's columns, named with commas between them: one line, edited as the others are.
  columns: z
    .string()
    .refine((v) => v.split(',').every((c) => (FACT_COLUMNS as readonly string[]).includes(c.trim())), {
      message: `name columns among ${FACT_COLUMNS.join(', ')}, with commas between them`,
    })
    .optional(),
  clipboard: z.enum(CLIPBOARD_MODES as [ClipboardMode, ...ClipboardMode[]]).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingName = keyof Settings;

export const SETTING_NAMES = Object.keys(SettingsSchema.shape) as SettingName[];
const isSettingName = (key: unknown): key is SettingName => SETTING_NAMES.includes(key as SettingName);

/** A key the explorer does not know, where it stands: kept in the file, not used. */
export interface UnknownKey {
  readonly name: string;
  readonly line: number;
  readonly col: number;
}

export interface SettingsText {
  readonly settings: Settings;
  readonly unknown: readonly UnknownKey[];
}

const startOf = (node: unknown): number => (isNode(node) && node.range ? node.range[0] : 0);

/**
 * The settings in a config.yaml text, or the first problem that keeps it from being read as
 * settings (not YAML, not a mapping, a known key with a value it cannot take), at its line
 * and column. Unknown keys are not a problem. A text of nothing, or of comments only, holds
 * no settings.
 */
export function settingsInText(text: string, file: string): SettingsText | { problem: Problem } {
  const lines = new LineCounter();
  const doc = parseYaml(text, lines);
  const at = (offset: number, message: string) => ({ problem: { file, ...lines.linePos(offset), message } });
  if (doc.errors.length > 0) {
    let first: { offset: number; message: string } | undefined;
    yamlErrors(doc, text, lines, (offset, message) => (first ??= { offset, message }));
    return at(first!.offset, first!.message);
  }
  const map = doc.contents;
  if (map === null) return { settings: {}, unknown: [] };
  if (!isMap(map)) return at(startOf(map), 'is not a list of settings: write one "name: value" a line, such as "lang: zh"');
  const settings: Record<string, unknown> = {};
  const unknown: UnknownKey[] = [];
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (!isSettingName(key)) {
      unknown.push({ name: String(key), ...lines.linePos(startOf(pair.key)) });
      continue;
    }
    const node = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
    // A value that is not a scalar (or is missing) stands as null, which no setting takes.
    const checked = SettingsSchema.shape[key].safeParse(isScalar(node) ? (node.value ?? null) : null);
    if (!checked.success) return at(startOf(pair.value ?? pair.key), `${key}: ${checked.error.issues[0]!.message}`);
    settings[key] = checked.data;
  }
  return { settings: settings as Settings, unknown };
}

/** A new key at the end of a one-line `{ … }` map. */
function addToFlowMap(text: string, map: YAMLMap, name: string, value: string): string {
  const last = map.items.at(-1);
  if (last === undefined) return spliced(text, [{ start: map.range![0], end: map.range![1], text: `{ ${name}: ${value} }` }]);
  const end = (isNode(last.value) ? last.value : (last.key as { range: [number, number, number] })).range![1];
  return spliced(text, [{ start: end, end, text: `, ${name}: ${value}` }]);
}

/**
 * The text with one setting set: its value replaced where it stands, or a line of its own
 * added after the last key (at the end of a text of comments only). Every other byte stays
 * as it was. The text must read as settings.
 */
export function withSetting(text: string, name: SettingName, value: string): string {
  const map = parseYaml(text, new LineCounter()).contents;
  if (isMap(map) && (!map.flow || map.items.some((p) => isScalar(p.key) && p.key.value === name))) {
    return spliced(text, [setKey(text, map, name, value)]);
  }
  if (isMap(map)) return addToFlowMap(text, map, name, flow(value));
  const before = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${before}${name}: ${flow(value)}\n`;
}
