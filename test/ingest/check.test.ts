import { describe, expect, it } from 'vitest';
import { checked } from '../../src/ingest/check.js';
import type { FactInput } from '../../src/model/schema.js';

const TEXT = '全市高新技术企业1800家，新增企业12家，新增企业12家，研发投入增长5%。';

function proposal(value: number, unit: string, quote: string): FactInput {
  return {
    id: `doc-p${value}`,
    status: 'proposed',
    kind: 'reported',
    year: 2024,
    metric: { zh: '企业' },
    indicator: null,
    measure: 'stock',
    value,
    unit,
    qualifier: 'exact',
    tags: [],
    quote,
  };
}

describe('the checks a proposal passes before ingest writes it', () => {
  it('keeps a proposal whose quote the text holds once, stating its number and unit; skips the rest, saying why', () => {
    const kept = proposal(1800, '家', '高新技术企业1800家');
    const draft = {
      proposals: [
        kept,
        proposal(12, '家', '新增企业12家'),
        proposal(13, '家', '新增企业13家'),
        proposal(180, '家', '高新技术企业1800家'),
        proposal(5, '个百分点', '研发投入增长5%'),
      ],
      skipped: [{ text: '2024', quote: '2024年', why: 'a date' }],
    };
    expect(checked(draft, TEXT)).toEqual({
      proposals: [kept],
      skipped: [
        { text: '2024', quote: '2024年', why: 'a date' },
        { text: '12家', quote: '新增企业12家', why: 'its quote is found 2 times in the text' },
        { text: '13家', quote: '新增企业13家', why: 'its quote is not in the clean text' },
        { text: '180家', quote: '高新技术企业1800家', why: 'its quote does not state the number as read' },
        { text: '5个百分点', quote: '研发投入增长5%', why: 'its quote does not hold the unit' },
      ],
    });
  });

  it('drops a baseline link to a proposal it skips, and keeps one to a proposal it keeps', () => {
    const target = { ...proposal(1800, '家', '高新技术企业1800家'), kind: 'target' as const };
    const linked = { ...proposal(5, '%', '研发投入增长5%'), baseline_of: target.id };
    const draft = { proposals: [target, linked, proposal(13, '家', '新增企业13家')], skipped: [] };
    const got = checked(draft, TEXT).proposals;
    expect(got.find((p) => p.value === 5)!.baseline_of).toBe(target.id);
    expect(checked({ proposals: [linked], skipped: [] }, TEXT).proposals[0]!.baseline_of).toBeUndefined();
  });
});
