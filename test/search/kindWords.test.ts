import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/commands/search.js';
import { fold } from '../../src/text/fold.js';
import { queryWords } from '../../src/search/query.js';
import { bundledDataset } from '../helpers.js';

const dataset = bundledDataset();
const index = searchIndex(dataset);

/** The kind of the best figure a query finds. */
const topKind = (query: string) => {
  const hit = index.search(query).find((h) => h.type === 'fact');
  return hit && dataset.factById.get(hit.id)!.kind;
};

describe('the words for a reported figure', () => {
  // The interface and citations say 实际值; reports also say 实绩 or 实际.
  it.each(['实际值', '实际', '实绩', '實際值', '實績'])('reads %s, alone or after a topic, as the reported kind', (word) => {
    expect(queryWords(fold(word)).kind).toBe('reported');
    expect(queryWords(fold(`南宁高新技术企业${word}`))).toMatchObject({ kind: 'reported', words: ['南宁高新技术企业'] });
    expect(topKind(`南宁 高新技术企业 ${word}`)).toBe('reported');
  });

  it('while 目标 finds the target (so the kind word is what decides)', () => {
    expect(topKind('南宁 高新技术企业 目标')).toBe('target');
  });
});
