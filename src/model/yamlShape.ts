import { isAlias, isCollection, isNode, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { firstControl } from './controls.js';
import type { Path } from './valuePath.js';

/** The deepest nesting of lists and maps read; the data needs four levels. */
export const MAX_DEPTH = 32;
/**
 * The most values aliases may stand for. An alias of a list of aliases stands for all of
 * theirs, so a few nested aliases can stand for a billion values (the "billion laughs").
 */
export const MAX_ALIASES = 100;

export const TOO_DEEP = `YAML: nested deeper than ${MAX_DEPTH} levels`;
export const TOO_MANY_ALIASES = `YAML: too many aliases (more than ${MAX_ALIASES})`;

/** Something in a YAML file the loader will not take, at an offset in its text. */
export interface Finding {
  readonly offset: number;
  readonly message: string;
}

/** A string of the document that holds a control character: where it is, its path, and which character. */
export interface Control {
  readonly offset: number;
  /** The path of the value, or of the map whose key it is. */
  readonly path: Path;
  readonly key?: string;
  /** "control character U+001B at character 5" */
  readonly detail: string;
}

type Frame = { node: unknown; path: Path; depth: number; key?: true } | { leave: Node };

/**
 * Walks a parsed YAML document before it is turned into data, and reports what would make
 * that unsafe: nesting too deep, aliases that stand for too much or for the value they stand
 * in, and keys that are not scalars (turned into strings, with a warning on stderr). The walk
 * keeps its own stack, so no depth can overflow the call stack. Returns the first such
 * finding; the document is safe to convert when there is none. On the way, every string,
 * key or value, that holds a control character is passed to `control`.
 */
export function unsafeShape(doc: Document, control: (found: Control) => void): Finding | undefined {
  const at = (node: Node, message: string): Finding => ({ offset: node.range?.[0] ?? 0, message });
  const anchors = new Map<string, Node>();
  /** Anchored collections being walked: an alias of one of them would stand inside itself. */
  const open = new Set<Node>();
  /** For each anchored value, how many values the aliases inside it stand for. */
  const inner = new Map<Node, number>();
  let aliased = 0;

  const stack: Frame[] = [{ node: doc.contents, path: [], depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('leave' in frame) {
      open.delete(frame.leave);
      continue;
    }
    const { node, path, depth } = frame;
    if (frame.key && node !== null && !isScalar(node)) {
      return at(node as Node, 'YAML: a key must be a plain value, not a list, a map or an alias');
    }
    if (isAlias(node)) {
      const source = anchors.get(node.source);
      if (!source) return at(node, `YAML: no anchor &${node.source} before this alias`);
      if (open.has(source)) return at(node, `YAML: the alias *${node.source} stands inside the value it names`);
      const weight = 1 + inner.get(source)!;
      aliased += weight;
      if (aliased > MAX_ALIASES) return at(node, TOO_MANY_ALIASES);
      for (const anchored of open) inner.set(anchored, inner.get(anchored)! + weight);
      continue;
    }
    if (!isNode(node)) continue;
    if (isScalar(node) && typeof node.value === 'string') {
      const found = firstControl(node.value);
      const offset = node.range?.[0] ?? 0;
      const detail = found && `control character ${found.code} at character ${found.character}`;
      if (detail) control(frame.key ? { offset, path, key: node.value, detail } : { offset, path, detail });
    }
    if (node.anchor) {
      anchors.set(node.anchor, node);
      inner.set(node, 0);
    }
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) return at(node, TOO_DEEP);
    if (node.anchor) {
      open.add(node);
      stack.push({ leave: node });
    }
    // Pushed in reverse, so that they are walked in the order of the text, where an anchor comes before its aliases.
    for (let i = node.items.length - 1; i >= 0; i--) {
      const item = node.items[i];
      if (!isPair(item)) {
        stack.push({ node: item, path: [...path, i], depth: depth + 1 });
        continue;
      }
      // A pair in a list, `[a: 1]`, is a map of its own.
      const here = isSeq(node) ? [...path, i] : path;
      const below = [...here, isScalar(item.key) ? String(item.key.value) : ''];
      stack.push({ node: item.value, path: below, depth: depth + 1 });
      stack.push({ node: item.key, path: here, depth: depth + 1, key: true });
    }
  }
  return undefined;
}
