import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, oneFolder } from '../../src/model/load.js';
import { DatasetCopy } from '../helpers.js';

/** data/regional-terms.yaml: optional, checked against its schema, and read as synonym groups. */
describe('the regional terms', () => {
  const load = (copy: DatasetCopy) => loadDataset(oneFolder(copy.dir, copy.seedsDir));

  it('are read as groups of the term, its mainland words and its English', () => {
    const result = load(new DatasetCopy());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.synonyms).toContainEqual(['育成中心', '孵化器', '孵化', 'incubators']);
  });

  it('may be absent', () => {
    const copy = new DatasetCopy();
    rmSync(copy.path('regional-terms.yaml'));
    const result = load(copy);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.synonyms.flat()).not.toContain('育成中心');
  });

  it('are refused, with the file named, when a term lacks its mainland words or names no known region', () => {
    const copy = new DatasetCopy();
    copy.write(
      'regional-terms.yaml',
      '- { term: 育成中心, region: tw, means: [], en: incubators }\n- { term: 成長, region: mo, means: [增长], en: growth }\n',
    );
    const result = load(copy);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.file).join(' ')).toContain('regional-terms.yaml');
      expect(result.problems.length).toBeGreaterThanOrEqual(2);
    }
  });
});
