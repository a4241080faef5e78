import { isMap, isScalar, isSeq, stringify, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Edits of a YAML file's text at the places its parsed nodes came from, so that a change to
 * one fact leaves every other byte as the person wrote it: their comments, blank lines,
 * quoting and spacing. The yaml library's Document API finds the places; re-printing the
 * whole document would restyle lines nobody changed.
 */

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The text with the splices made, from the last to the first so that offsets hold. */
export function spliced(text: string, splices: readonly Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n + 1;
};

/** A value as the curated files write it: plain where YAML allows, short maps and lists on one line. */
export function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(', ')} }`;
  }
  // Inside [ ] and { }, a comma or a bracket would end the value: such a string, or one YAML
  // would fold or quote over lines, is written double-quoted (JSON's quoting is YAML's too).
  const plain = stringify(value, { lineWidth: 0 }).trimEnd();
  return plain.includes('\n') || (typeof value === 'string' && /[,[\]{}]/u.test(value)) ? JSON.stringify(value) : plain;
}

/** The whole lines a pair takes, its trailing comment on the last one included. */
export function removePair(text: string, pair: Pair): Splice {
  const key = (pair.key as { range: [number, number, number] }).range;
  const value = (pair.value as { range?: [number, number, number] } | null)?.range ?? key;
  return { start: lineStart(text, key[0]), end: lineEnd(text, Math.max(key[0], value[1] - 1)), text: '' };
}

/** The whole lines a list item takes, from its "- " to its last value. */
export function removeItem(text: string, item: YAMLMap | YAMLSeq): Splice {
  const range = item.range!;
  return { start: lineStart(text, range[0]), end: lineEnd(text, Math.max(range[0], range[1] - 1)), text: '' };
}

/** Sets a key of a block map: its value replaced where it stands, or a new line after the map's last. */
export function setKey(text: string, map: YAMLMap, key: string, value: unknown): Splice {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const node = pair?.value as { range?: [number, number, number] } | null | undefined;
  if (pair && node?.range) return { start: node.range[0], end: node.range[1], text: flow(value) };
  const first = (map.items[0]!.key as { range: [number, number, number] }).range[0];
  const indent = text.slice(lineStart(text, first), first).replace(/-/u, ' ');
  const last = map.items.at(-1)!;
  const end = lineEnd(text, Math.max(first, ((last.value ?? last.key) as { range: [number, number, number] }).range[1] - 1));
  // A last line without its line break would run into the new one.
  const before = end === text.length && !text.endsWith('\n') ? '\n' : '';
  return { start: end, end, text: `${before}${indent}${key}: ${flow(value)}\n` };
}

/** Removes a key of a block map, if it is there. */
export function deleteKey(text: string, map: YAMLMap, key: string): Splice[] {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair ? [removePair(text, pair)] : [];
}

/**
 * Adds items at the end of a top-level block list, or the list itself at the end of the file,
 * each item written as `lines` (its YAML, unindented).
 */
export function appendToList(text: string, list: unknown, key: string, items: readonly string[]): Splice {
  const indented = (item: string) =>
    item
      .trimEnd()
      .split('\n')
      .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
      .join('\n') + '\n';
  if (isSeq(list) && list.items.length > 0 && !list.flow) {
    const last = list.items.at(-1) as { range: [number, number, number] };
    const end = lineEnd(text, Math.max(last.range[0], last.range[1] - 1));
    return { start: end, end, text: items.map(indented).join('') };
  }
  // No list yet, or an empty or one-line one: the key is written anew at the end, and an old one removed by the caller.
  const end = text.length;
  const before = text.endsWith('\n') || text === '' ? '' : '\n';
  return { start: end, end, text: `${before}${key}:\n${items.map(indented).join('')}` };
}

export const isBlockMap = (node: unknown): node is YAMLMap => isMap(node) && !node.flow;
