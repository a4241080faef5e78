import { describe, expect, it } from 'vitest';
import { findable, findMatches, foldInPlace, matchFrom } from '../../src/ui/text/find.js';

const spans = (text: string, query: string) => findMatches(findable(text), query).map((m) => [m.start, m.end]);
const found = (text: string, query: string) => findMatches(findable(text), query).map((m) => text.slice(m.start, m.end));

describe('finding in a document', () => {
  const traditional = '成功簽約南寧市第二家、良慶區第一家“飛地孵化器”“南寧—寶地”兩地雙園項目';
  const simplified = '推进粤港澳大湾区、长三角等发达地区建设发展“飞地孵化器”。';

  it('finds a simplified query in a traditional text, and the other way round, at the offsets as written', () => {
    expect(found(traditional, '飞地孵化器')).toEqual(['飛地孵化器']);
    expect(spans(traditional, '飞地孵化器')).toEqual([[18, 23]]);
    expect(found(simplified, '飛地孵化器')).toEqual(['飞地孵化器']);
    expect(found(traditional, '南宁')).toEqual(['南寧', '南寧']);
  });

  it('finds pinyin where a run of Han characters reads so, from the start of a syllable', () => {
    expect(found(traditional, 'feidi')).toEqual(['飛地']);
    expect(found(traditional, 'Fei Di')).toEqual(['飛地']);
    // A syllable still being typed already matches the character it begins.
    expect(found(traditional, 'feid')).toEqual(['飛地']);
    expect(found(traditional, 'fuhuaqi')).toEqual(['孵化器']);
    expect(found(traditional, 'eidi')).toEqual([]);
    // Runs end at punctuation: the pinyin of 器 and 南 is not read as one word.
    expect(found('孵化器”“南寧', 'qinan')).toEqual([]);
  });

  it('finds a Latin query as written as well as in pinyin, once each', () => {
    expect(found('R&D投入', 'r&d')).toEqual(['R&D']);
    expect(found('ＡＢ两地', 'ab')).toEqual(['ＡＢ']);
    expect(spans('fei飞', 'fei')).toEqual([
      [0, 3],
      [3, 4],
    ]);
  });

  it('gives overlapping and adjacent matches each, in text order', () => {
    expect(spans('哈哈哈', '哈哈')).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(spans('哈哈哈', 'haha')).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(spans('飞地飛地', '飞地')).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });

  it('finds nothing for an empty query or one that is not there', () => {
    expect(spans(traditional, '')).toEqual([]);
    expect(spans(traditional, '   ')).toEqual([]);
    expect(spans(traditional, '扬州')).toEqual([]);
    expect(spans(traditional, 'yangzhou')).toEqual([]);
    expect(spans('', 'a')).toEqual([]);
  });

  it('folds without changing the length, so offsets stay those of the text as written', () => {
    for (const text of [traditional, simplified, 'ＡＢＣ１２３', 'ﬁ ligature İ', '𠀀中文']) {
      expect(foldInPlace(text).length).toBe(text.length);
    }
  });

  it('starts from the first match at or after where the reader stood', () => {
    const matches = findMatches(findable('飞地一飞地二飞地'), '飞地');
    expect(matchFrom(matches, 0)).toBe(0);
    expect(matchFrom(matches, 1)).toBe(1);
    expect(matchFrom(matches, 7)).toBe(0);
    expect(matchFrom([], 0)).toBe(-1);
  });
});
