import { exportWhole } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { exportLists } from '../../src/cite/exportShape.js';
import { exportText } from '../../src/commands/export.js';
import { inBlocks } from '../../src/platform/output.js';
import { jsonSafe } from '../../src/platform/output.js';
import { run } from '../../src/cli.js';
import type { Dataset } from '../../src/model/types.js';
import { bundledDataset } from '../helpers.js';

/** The export as one object, held whole: what the streamed text must read back as. */
function exportDataset(dataset: Dataset): Record<string, unknown[]> {
  return Object.fromEntries([...exportLists(dataset)].map(([key, items]) => [key, [...items]]));
}

/** export writes the dataset as it makes it; what it writes is what the whole, made at once, would be. */
describe('export, written a piece at a time', () => {
  const dataset = bundledDataset();
  const none = { ...dataset, facts: [] };

  it('writes the JSON of the whole byte for byte, with no facts too', () => {
    for (const d of [dataset, none]) {
      expect(exportWhole(d, 'json')).toBe(`${jsonSafe(JSON.stringify(exportDataset(d), null, 2))}\n`);
      expect(JSON.parse(exportWhole(d, 'json'))).toEqual(exportDataset(d));
    }
  });

  it('writes YAML that reads back to the whole', () => {
    for (const d of [dataset, none]) {
      const yaml = exportWhole(d, 'yaml');
      expect(parseYaml(yaml)).toEqual(exportDataset(d));
      // And, as the data has no object twice, the very text the whole would be.
      expect(yaml).toBe(stringify(exportDataset(d), { lineWidth: 0 }));
    }
  });

  it('makes a document and a fact at a time', () => {
    const pieces = [...exportText(dataset, 'json')];
    expect(pieces.length).toBeGreaterThan(dataset.documents.length + dataset.facts.length);
    const largest = Math.max(...pieces.map((p) => p.length));
    expect(largest).toBeLessThan(Math.max(...dataset.documents.map((d) => d.text.length)) * 2);
  });

  it('reaches the output in blocks, not as one string', () => {
    expect([...inBlocks(['ab', 'cd', 'e'], 3)]).toEqual(['abcd', 'e']);
    // The command's own writes: more than one, which together are the export.
    const calls: string[] = [];
    const code = run(['export'], { out: (t) => calls.push(t), err: () => {}, stdin: {}, stdout: { isTTY: false } });
    expect(code).toBe(0);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.join('')).toBe(exportWhole(dataset, 'json'));
  });
});
