import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { propose } from '../../../src/ingest/figures/propose.js';
import { matchVocabulary, vocabularyOf } from '../../../src/ingest/figures/vocabulary.js';
import { IndicatorsFileSchema } from '../../../src/model/schema.js';
import { readSourceFile } from '../../../src/model/source.js';
import { BUNDLED_CATALOGUE, BUNDLED_DATA } from '../../../src/paths.js';
import { foldScript } from '../../../src/text/fold.js';

const vocabulary = vocabularyOf(BUNDLED_DATA);
const indicatorOf = (metric: string) => matchVocabulary(vocabulary, foldScript(metric), undefined, 'cn').indicator;

/** Each a way real texts name the indicator; none is spelt as the list spells it. */
const WORDINGS: Readonly<Record<string, readonly string[]>> = {
  'rnd-intensity': [
    '研发投入强度',
    '全社会研发经费投入强度',
    '研究与试验发展(R&D)经费投入强度',
    '研究与试验发展（R&D）经费投入强度',
    'R&D经费投入强度',
    'r&d经费支出占GDP比重',
    '研发经费支出占地区生产总值比重',
    '研发经费投入占地区生产总值的比重',
    '全省研发投入强度',
    '研發經費投入強度',
    '全省研究與試驗發展經費投入強度',
    '全市全社会研发经费投入 强度',
  ],
  'high-tech-enterprises': [
    '高新技术企业',
    '国家高新技术企业',
    '高新技术企业数',
    '有效期内高新技术企业',
    '高企',
    '有效期内國家高新技術企業數量',
  ],
  'tech-contract-turnover': [
    '技术合同成交额',
    '技术合同交易额',
    '技术市场成交额',
    '登记技术合同成交额',
    '技术合同登记额',
    '输出技术合同成交额',
    '技術市場成交額',
    '技术交易额',
    '技术合同登记成交金额',
  ],
  'gross-rnd-spending': ['全社会研发经费', 'R&D经费内部支出', '研究与试验发展经费支出', '全省研發經費支出'],
  'enterprise-rnd-spending': ['规上工业企业研发经费支出', '企业研究与试验发展经费'],
  'fiscal-st-spending': ['地方财政科技支出', '一般公共预算科技支出', '财政科学技术支出'],
  'innovation-platforms': ['省级以上研发平台', '科创平台', '科技创新平台总数'],
  'little-giant-enterprises': ['专精特新"小巨人"企业', '专精特新小巨人企业'],
};

describe('an indicator read from the words of a metric, not its spelling', () => {
  for (const [indicator, metrics] of Object.entries(WORDINGS)) {
    it(`${indicator}: ${metrics.length} wordings`, () => {
      expect(metrics.map((m) => [m, indicatorOf(m)])).toEqual(metrics.map((m) => [m, indicator]));
    });
  }

  it('an intensity is not the spending it is of, nor a figure the words only pass through', () => {
    expect(indicatorOf('全社会研发投入增长')).toBe('gross-rnd-spending');
    expect(indicatorOf('企业研发投入')).toBe('enterprise-rnd-spending');
    // 实际 is no optional word: a reward paid as a part of a contract's worth is no turnover.
    expect(indicatorOf('按技术合同实际成交额的')).toBeUndefined();
    // 数 is optional only as a count's word: 数字经济 keeps it.
    expect(indicatorOf('数字经济核心产业增加值')).toBeUndefined();
    // What a place's buyers sign is the demand side of its market, not the turnover of its sellers: the catalogue's longer name wins.
    expect(matchVocabulary(vocabularyOf(BUNDLED_DATA, BUNDLED_CATALOGUE), '吸纳技术合同成交额', undefined, 'cn').indicator).toBe(
      'tech-contract-absorbed',
    );
  });
});

function figures(text: string) {
  return propose({ text, document: { id: 't', kind: 'work-report', date: '2024-01-20', place: 'cn' }, vocabulary }).proposals.map((p) => [
    p.indicator,
    p.measure,
    p.value,
    p.unit,
  ]);
}

describe('the measure a figure measures its indicator by', () => {
  it('an indicator counted in percent: its level in % is a share, its change in points or % is growth', () => {
    expect(figures('研發投入強度達到3.1%。研发经费投入强度提高了0.2个百分点。研发投入强度增长5%。')).toEqual([
      ['rnd-intensity', 'share', 3.1, '%'],
      ['rnd-intensity', 'growth', 0.2, '个百分点'],
      ['rnd-intensity', 'growth', 5, '%'],
    ]);
  });

  it('counts: a stock, what is new, what is cumulative, and a change in %', () => {
    expect(
      figures('高新技术企业达到1200家。净增高新技术企业150家。新认定高企300家。累计认定高新技术企业900家。高新技术企业数增速18%。'),
    ).toEqual([
      ['high-tech-enterprises', 'stock', 1200, '家'],
      ['high-tech-enterprises', 'new', 150, '家'],
      ['high-tech-enterprises', 'new', 300, '家'],
      ['high-tech-enterprises', 'cumulative', 900, '家'],
      ['high-tech-enterprises', 'growth', 18, '%'],
    ]);
  });

  it('money: a level and its growth', () => {
    expect(figures('技术市场成交额86亿元，增长12%。')).toEqual([
      ['tech-contract-turnover', 'stock', 86, '亿元'],
      ['tech-contract-turnover', 'growth', 12, '%'],
    ]);
  });

  it('a figure in a unit none of the indicator’s measures is counted in measures no indicator', () => {
    expect(figures('高新技术企业营业收入3000亿元。研发投入强度指标涉及企业40家。技术合同成交额占比40%。')).toEqual([
      [null, 'stock', 3000, '亿元'],
      [null, 'stock', 40, '家'],
      ['tech-contract-turnover', 'share', 40, '%'],
    ]);
  });
});

describe('the catalogue of indicators a folder may lack', () => {
  const catalogue = vocabularyOf(BUNDLED_DATA, join(BUNDLED_DATA, 'indicator-catalogue.yaml'));

  it('reads whole, and holds none of the list’s indicators', () => {
    const read = readSourceFile(join(BUNDLED_DATA, 'indicator-catalogue.yaml'), IndicatorsFileSchema);
    expect('source' in read && read.source.value.length).toBe(catalogue.catalogue?.length);
    expect(catalogue.catalogue!.length).toBeGreaterThan(10);
  });

  it('each of its indicators is found by its names in either script, and the list’s by theirs', () => {
    const found = (metric: string) => matchVocabulary(catalogue, foldScript(metric), undefined, 'cn').indicator;
    for (const i of catalogue.catalogue!) expect([i.name.zh_hans, i.name.zh_hant].map(found)).toEqual([i.id, i.id]);
    expect(found('全省高技术制造业增加值占规上工业比重')).toBe('high-tech-manufacturing-share');
    expect(found('有效期内高新技术企业')).toBe('high-tech-enterprises');
  });
});
