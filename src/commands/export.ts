import { stringify } from 'yaml';
import { figuresTable } from '../cite/table.js';
import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { tableText } from '../tables/write.js';
import { exportLists } from '../cite/exportShape.js';

export const EXPORT_FORMATS = ['json', 'csv', 'yaml', 'tsv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The JSON.stringify of the whole export, indented by 2, a piece at a time, byte for byte: each item
 * is stringified alone and indented to where it stands. A string's line breaks are escaped
 * in JSON, so every line break in an item's text is its layout's, and takes the indent.
 */
function* json(dataset: Dataset): Generator<string> {
  let first = true;
  for (const [key, items] of exportLists(dataset)) {
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    first = false;
    let none = true;
    for (const item of items) {
      yield `${none ? '[\n' : ',\n'}    ${jsonSafe(JSON.stringify(item, null, 2)).replace(/\n/gu, '\n    ')}`;
      none = false;
    }
    yield none ? '[]' : '\n  ]';
  }
  yield '\n}\n';
}

/**
 * The YAML of the whole, an item at a time: each item is written as the sole item of its list
 * and follows the list's key. The text reads back to the same data as the whole written at
 * once; it differs only where that would have written an object met twice as an alias.
 */
function* yaml(dataset: Dataset): Generator<string> {
  for (const [key, items] of exportLists(dataset)) {
    let none = true;
    for (const item of items) {
      const text = stringify({ [key]: [item] }, { lineWidth: 0 });
      // The list's key line is written once, before its first item.
      yield none ? text : text.slice(text.indexOf('\n') + 1);
      none = false;
    }
    if (none) yield stringify({ [key]: [] }, { lineWidth: 0 });
  }
}

/**
 * The dataset as text, a piece at a time for the caller to write as it comes: JSON or YAML of
 * the whole (places, categories, topics, indicators, documents, facts), or the facts alone as
 * a table (CSV, TSV or Markdown: one row a fact, the export contract's columns).
 */
export function exportText(dataset: Dataset, format: ExportFormat): Iterable<string> {
  switch (format) {
    case 'json':
      return json(dataset);
    case 'yaml':
      return yaml(dataset);
    case 'csv':
    case 'tsv':
    case 'md':
      return tableText(figuresTable(dataset, dataset.facts), format);
  }
}
