import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../src/ingest/figures/spans.js';
import { cleanBundledSeed, SEEDS } from '../../helpers.js';

const SENTENCE_END = /[。\n！？!?]/u;
const CLAUSE_END = /[，,；;。！!？?：:\n]/u;

/** Scanning out from the position, character by character. */
function scanned(text: string, at: number) {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  let clause = at;
  while (clause > 0 && !CLAUSE_END.test(text[clause - 1]!)) clause--;
  return { sentence: { start, end }, clause, line: at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1 };
}

describe('the sentences, clauses and lines of a text', () => {
  it('are where scanning out from each position finds them', () => {
    const texts = [
      '',
      '。',
      '\n\n',
      '新增企业12家，研发投入增长5%。',
      '到2025年：高企1800家；瞪羚企业30家！其中\n新增? 5家',
      '没有一个句号的一行',
      ...SEEDS.slice(0, 2).map((seed) => cleanBundledSeed(seed).text),
    ];
    for (const text of texts) {
      const spans = spansOf(text);
      for (let at = 0; at <= text.length; at++) {
        const want = scanned(text, at);
        expect(
          { sentence: spans.sentenceAround(at), clause: spans.clauseStart(at), line: spans.lineStart(at) },
          `${at} in ${text.slice(0, 20)}`,
        ).toEqual(want);
      }
    }
  });
});
