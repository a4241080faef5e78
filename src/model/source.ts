import type { BigIntStats } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { firstControl } from './controls.js';
import type { z } from 'zod';
import { decodeUtf8, likelyEncoding, readRegularFile, YAML_LIMIT } from './files.js';
import { hashOf, inputFile, type InputFile } from './inputs.js';
import { MAX_ALIASES, MAX_DEPTH, TOO_DEEP, TOO_MANY_ALIASES, unsafeShape } from './yamlShape.js';
import type { Problem } from './types.js';
import { describePath, type Path } from './valuePath.js';

/** A YAML file read and validated against its schema, which can say where any of its values stand. */
export interface SourceFile<T> {
  readonly file: string;
  readonly value: T;
  /** What was read, for the snapshot to know when the file changes. */
  readonly input: InputFile;
  problem(path: Path, message: string): Problem;
}

/** How a file is named in messages: relative to the working directory when it is below it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function locator(file: string, doc: Document, lines: LineCounter) {
  return (path: Path, message: string): Problem => {
    const at = offsetOf(doc, path);
    const { line, col } = lines.linePos(at);
    return { file, line, col, message };
  };
}

/** The offset of the deepest node on the path that exists: a missing key points at its parent. */
function offsetOf(doc: Document, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth);
    const node = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/** The offset of a key itself, for keys that should not be there. */
function keyOffset(doc: Document, mapPath: Path, key: string): Path | number {
  const map = mapPath.length === 0 ? doc.contents : doc.getIn(mapPath, true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key);
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  }
  return mapPath;
}

/** A YAML text parsed with the position of every node, its errors collected rather than thrown. */
export function parseYaml(text: string, lines: LineCounter): Document {
  // The parser makes an error object for each error it finds, and a flood of them (a
  // megabyte of broken YAML holds hundreds of thousands) spends most of its time and memory
  // on stack traces that no one reads.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function indentedWithTab(text: string, lineStart: number): boolean {
  for (let i = lineStart; i < text.length; i++) {
    if (text[i] === '\t') return true;
    if (text[i] !== ' ') return false;
  }
  return false;
}

/**
 * Reports the parser's errors in the order of the text, up to the first that stops the
 * rest from meaning anything: a line indented with a tab, which YAML forbids and which
 * otherwise shows as a cascade of errors about indentation and keys, or nesting deeper than
 * the parser can follow.
 */
export function yamlErrors(doc: Document, text: string, lines: LineCounter, report: (offset: number, message: string) => void): void {
  const errors = doc.errors.slice().sort((a, b) => a.pos[0] - b.pos[0]);
  for (const e of errors) {
    if (e.code === 'RESOURCE_EXHAUSTION') {
      report(e.pos[0], TOO_DEEP);
      return;
    }
    const lineStart = lines.lineStarts[lines.linePos(e.pos[0]).line - 1] ?? 0;
    if (indentedWithTab(text, lineStart)) {
      report(lineStart, 'YAML: tabs cannot indent YAML; use spaces');
      return;
    }
    report(e.pos[0], `YAML: ${e.message.split('\n')[0]}`);
  }
}

/** The most problems listed for one file: a file with more is broken as a whole, and the rest are counted. */
export const PROBLEMS_PER_FILE = 100;

/** A file's problems: the first ones, and how many more were found but not built. */
export interface FileProblems {
  readonly problems: Problem[];
  readonly omitted: number;
}

/**
 * Keeps the first problems and counts the rest without building them, since finding the
 * position of each of a hundred thousand problems costs more than finding them.
 */
class Collector {
  readonly problems: Problem[] = [];
  omitted = 0;
  add(make: () => Problem): void {
    if (this.problems.length < PROBLEMS_PER_FILE) this.problems.push(make());
    else this.omitted++;
  }
}

/**
 * The value of a YAML text by the quick parser (js-yaml, YAML 1.2 core schema, which is
 * also the schema of the yaml library's default), when the text holds nothing that needs the
 * careful one: no alias, no nesting past the limit, no duplicate or complex key, no unknown
 * tag, no control character. The yaml library keeps every node with its position, which is
 * what good messages need but costs some ten times as much; it reads a file again only when
 * this says no, or the value fails its schema, so every problem is still reported from it.
 */
export function quickValue(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
  const strings: unknown[] = [value];
  while (strings.length > 0) {
    const v = strings.pop();
    if (typeof v === 'string') {
      if (firstControl(v)) return undefined;
    } else if (Array.isArray(v)) {
      for (const item of v) strings.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) strings.push(key, item);
    }
  }
  return { value };
}

/** The first byte of a file that is not UTF-8, at its line and column. */
export function notUtf8(file: string, bytes: Buffer, badByte: number): Problem {
  const before = bytes.subarray(0, badByte);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.filter((b) => b === 0x0a).length + 1;
  const col = [...before.subarray(lineStart).toString('utf8')].length + 1;
  return { file, line, col, message: `is not valid UTF-8 (at byte ${badByte + 1}): save it as UTF-8, e.g. ${likelyEncoding(bytes).iconv}` };
}

/**
 * Reads, parses and validates one YAML file. Returns the problems instead when the file
 * cannot be read, is not a regular file, is too large, is empty, not UTF-8, not YAML, or
 * not of the schema's shape, each with its position.
 */
export function readSourceFile<S extends z.ZodType>(path: string, schema: S): { source: SourceFile<z.infer<S>> } | FileProblems {
  const read = readRegularFile(path, YAML_LIMIT);
  if ('error' in read) return { problems: [{ file: displayPath(path), line: 1, col: 1, message: read.error }], omitted: 0 };
  return sourceOf(path, read, schema);
}

/**
 * A list file's entries, or none where it is missing or broken: for a reader that only looks
 * names up (ingest's vocabulary, the review's names), leaving the problems to validate.
 */
export function entriesOrNone<S extends z.ZodType>(path: string, schema: S): z.infer<S> | [] {
  const read = readSourceFile(path, schema);
  return 'source' in read ? read.source.value : [];
}

/**
 * The checks of readSourceFile on bytes already read, for a caller that keeps them (the
 * review writes a document back only if its bytes are still the ones it validated).
 */
export function sourceOf<S extends z.ZodType>(
  path: string,
  read: { readonly bytes: Buffer; readonly stats: BigIntStats },
  schema: S,
): { source: SourceFile<z.infer<S>> } | FileProblems {
  const file = displayPath(path);
  const at = (message: string): FileProblems => ({ problems: [{ file, line: 1, col: 1, message }], omitted: 0 });
  const decoded = decodeUtf8(read.bytes);
  if ('badByte' in decoded) return { problems: [notUtf8(file, read.bytes, decoded.badByte)], omitted: 0 };
  const { text } = decoded;
  if (text.trim() === '') return at('is empty');
  const quick = quickValue(text);
  if (quick !== undefined) {
    const parsed = schema.safeParse(quick.value);
    if (parsed.success) {
      const input = inputFile(path, read.bytes, read.stats);
      return { source: { file, value: parsed.data, input, problem: laterProblem(path, file, input.sha1) } };
    }
  }

  const found = new Collector();
  const lines = new LineCounter();
  const doc = parseYaml(text, lines);
  if (doc.errors.length > 0) {
    yamlErrors(doc, text, lines, (offset, message) => found.add(() => ({ file, ...lines.linePos(offset), message })));
    return { problems: found.problems, omitted: found.omitted };
  }
  const problem = locator(file, doc, lines);
  const unsafe = unsafeShape(doc, ({ offset, path, key, detail }) =>
    found.add(() => {
      const name = describePath(key === undefined ? path : [...path, key]);
      return { file, ...lines.linePos(offset), message: `${name ? `${name}: ` : ''}${detail}${key === undefined ? '' : ' of the key'}` };
    }),
  );
  if (unsafe) return { problems: [{ file, ...lines.linePos(unsafe.offset), message: unsafe.message }], omitted: 0 };
  let value: unknown;
  try {
    // The aliases were counted already; the library's own limit stays as a second guard.
    value = doc.toJS({ maxAliasCount: 10 * MAX_ALIASES });
  } catch (error) {
    return at(error instanceof ReferenceError && /alias/iu.test(error.message) ? TOO_MANY_ALIASES : `YAML: ${String(error)}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          found.add(() => {
            const target = keyOffset(doc, path, key);
            const message = `${describePath([...path, key])}: unknown key "${key}"`;
            return typeof target === 'number' ? { file, ...lines.linePos(target), message } : problem(path, message);
          });
        }
        continue;
      }
      found.add(() => {
        const name = describePath(path);
        if (path.length > 0 && !doc.hasIn(path)) {
          // zod says "Invalid input: expected string, received undefined"; say what a person would.
          const expected = issue.message.replace(/^Invalid (?:input|option): /u, '').replace(/, received undefined$/u, '');
          return problem(path, `${name}: missing (${expected})`);
        }
        return problem(path, name ? `${name}: ${issue.message}` : issue.message);
      });
    }
  }
  // The strings with control characters are problems too, even when the shape is right.
  if (!parsed.success || found.problems.length > 0) return { problems: found.problems, omitted: found.omitted };
  const input = inputFile(path, read.bytes, read.stats);
  return { source: { file, value: parsed.data, input, problem: laterProblem(path, file, input.sha1) } };
}

/**
 * Locates the problems found after a file was validated (a quote not in its text, an
 * unknown place) without keeping its parsed Document, which holds a few hundred bytes for
 * each byte of YAML, alive for the rest of the load: the file is read and parsed again, once,
 * for the first such problem. Should it have changed meanwhile, the problem is placed at
 * its top and says so, rather than at a position in a text that is no longer there.
 */
function laterProblem(path: string, file: string, hash: string): (at: Path, message: string) => Problem {
  let locate: ((at: Path, message: string) => Problem) | undefined;
  return (at, message) => {
    if (!locate) {
      const again = readRegularFile(path, YAML_LIMIT);
      const text = 'bytes' in again && hashOf(again.bytes) === hash ? decodeUtf8(again.bytes) : undefined;
      if (text && 'text' in text) {
        const lines = new LineCounter();
        locate = locator(file, parseYaml(text.text, lines), lines);
      } else {
        locate = (_, m) => ({ file, line: 1, col: 1, message: `${m} (the file changed while it was read; run again)` });
      }
    }
    return locate(at, message);
  };
}
