import { describe, expect, it } from 'vitest';
import { checked } from '../../src/ingest/check.js';
import { indicatorTables } from '../../src/ingest/indicatorTable.js';
import { propose } from '../../src/ingest/propose.js';
import { guessRecipe } from '../../src/ingest/recipe.js';
import { vocabularyOf } from '../../src/ingest/vocabulary.js';
import { cleanSeed } from '../../src/model/clean.js';
import { BUNDLED_DATA } from '../../src/paths.js';

const vocabulary = vocabularyOf(BUNDLED_DATA);

/** A text as ingest reads it: cleaned (which takes the spaces out around a number between Han characters), then proposed. */
function proposeRaw(raw: string, date = '2021-10-15') {
  const cleaned = cleanSeed(raw, guessRecipe(raw));
  if (!('text' in cleaned)) throw new Error('does not clean');
  const text = cleaned.text;
  return { text, ...propose({ text, document: { id: 'plan', kind: 'action-plan', date, place: 'wuhou' }, vocabulary }) };
}

const BASIC = [
  '某某区“十四五”科技创新规划',
  '',
  '到2025年，全区创新能力明显提升。',
  '',
  '表1 某某区“十四五”科技创新主要指标',
  '指标 单位 2020年 2025年 属性',
  '全社会研发经费投入强度 % 2.41 3.2 预期性',
  '高新技术企业数量 家 386 800 预期性',
  '技术合同成交额 亿元 42.7 95 预期性',
  '',
  '第三章 重点任务',
  '培育科技型中小企业达到1200家。',
].join('\n');

describe('a table of main indicators', () => {
  it("reads each row's base as reported in its year and its target as due in its, the base the target's baseline", () => {
    const { proposals } = proposeRaw(BASIC);
    const table = proposals.filter((p) => p.reasons?.includes('read from a table of indicators'));
    expect(table.map((p) => [p.value, p.unit, p.kind, p.year])).toEqual([
      [2.41, '%', 'reported', 2020],
      [3.2, '%', 'target', 2025],
      [386, '家', 'reported', 2020],
      [800, '家', 'target', 2025],
      [42.7, '亿元', 'reported', 2020],
      [95, '亿元', 'target', 2025],
    ]);
    expect(table.map((p) => p.indicator)).toEqual([
      'rnd-intensity',
      'rnd-intensity',
      'high-tech-enterprises',
      'high-tech-enterprises',
      'tech-contract-turnover',
      'tech-contract-turnover',
    ]);
    expect(table[0]!.measure).toBe('share');
    expect(table[2]!.measure).toBe('stock');
    for (let i = 0; i < table.length; i += 2) {
      expect(table[i]!.baseline_of).toBe(table[i + 1]!.id);
      expect(table[i + 1]!.baseline_of).toBeUndefined();
    }
  });

  it('quotes each figure by its row from the metric to the value, the unit cell between, once in the text; the checks keep them all', () => {
    const { text, proposals, skipped } = proposeRaw(BASIC);
    const table = proposals.filter((p) => p.reasons?.includes('read from a table of indicators'));
    expect(table.map((p) => p.quote).slice(0, 2)).toEqual(['全社会研发经费投入强度 % 2.41', '全社会研发经费投入强度 % 2.41 3.2']);
    const kept = checked({ proposals, skipped }, text);
    expect(kept.proposals.map((p) => p.id)).toEqual(proposals.map((p) => p.id));
    expect(kept.proposals.filter((p) => p.baseline_of).length).toBe(3);
  });

  it('merges the rows with the figures of sentences in text order, each number proposed once and not also skipped', () => {
    const { proposals, skipped } = proposeRaw(BASIC);
    expect(proposals.map((p) => p.value)).toEqual([2.41, 3.2, 386, 800, 42.7, 95, 1200]);
    expect(proposals.map((p) => p.id)).toEqual(proposals.map((_, i) => `plan-p${String(i + 1).padStart(3, '0')}`));
    expect(skipped.filter((s) => /^(?:2\.41|3\.2|386|800|42\.7|95)$/u.test(s.text))).toEqual([]);
  });
});
