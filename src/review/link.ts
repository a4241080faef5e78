import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { Decided } from './decisions.js';
import type { LinkKey } from './links.js';
import { deleteKey, setKey, spliced, type Splice } from './splice.js';

/**
 * A link written on a figure, proposal or accepted fact: the decisions edit only proposals,
 * but a target's report may be a fact accepted long ago. Only the link's line changes.
 */

function factNode(text: string, id: string): YAMLMap | string {
  const facts = parseDocument(text).get('facts');
  const node = isSeq(facts) ? facts.items.find((item) => isMap(item) && item.get('id') === id) : undefined;
  if (!isMap(node)) return `no fact "${id}" in this document`;
  if (node.flow) return `"${id}" is written on one line; write it as a block to link it here`;
  return node;
}

/**
 * `key: target` on the figure `id`, or the key removed when target is null. A figure is one
 * target's report or its baseline, not both: the other key, if it names the same target, goes.
 */
export function linkFigure(text: string, id: string, key: LinkKey, target: string | null): Decided {
  const node = factNode(text, id);
  if (typeof node === 'string') return { problem: node };
  const other: LinkKey = key === 'progress_of' ? 'baseline_of' : 'progress_of';
  const splices: Splice[] = target === null ? deleteKey(text, node, key) : [setKey(text, node, key, target)];
  if (target !== null && node.get(other) === target) splices.push(...deleteKey(text, node, other));
  return { text: spliced(text, splices) };
}
