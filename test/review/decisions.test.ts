import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { acceptAll, acceptProposal, editProposal, rejectProposal } from '../../src/review/decisions.js';

const FILE = `# A document a person has commented.
id: mine
seed: mine.txt
title: { zh: 某市报告 }
facts:
  # checked
  - id: mine-1
    kind: reported
    year: 2024
    metric: { zh: 高新技术企业, en: high-tech enterprises }
    indicator: high-tech-enterprises
    measure: stock
    value: 120
    unit: 家
    qualifier: exact
    tags: [enterprises]
    quote: 高新技术企业120家
  - id: mine-p001
    status: proposed
    confidence: 0.6
    reasons: [year inferred]
    kind: reported
    year: 2024
    year_inferred: true
    metric: { zh: 科技型中小企业 }
    indicator: tech-smes
    measure: stock
    value: 300
    unit: 家
    qualifier: exact
    tags: []
    quote: 科技型中小企业300家
  - id: mine-p002
    status: proposed
    confidence: 0.4
    kind: target
    year: 2025
    metric: { zh: 研发机构 }
    indicator: null
    measure: stock
    value: 15
    unit: 家
    qualifier: exact
    tags: []
    quote: 研发机构15家
# the end
`;

const ok = (decided: { text: string } | { problem: string }) => {
  if ('problem' in decided) throw new Error(decided.problem);
  return decided.text;
};
/** The file less one fact's lines: what a decision on that fact must leave exactly as it was. */
const without = (text: string, id: string) => text.replace(new RegExp(`  - id: ${id}\\n(?: {4}.*\\n)+`, 'u'), '');

describe('a reviewer’s decisions, written into the YAML', () => {
  it('accepts: the draft fields go, the edits are made, and every other line stays as it was', () => {
    const text = ok(acceptProposal(FILE, 'mine-p001', { metricEn: 'technology-based SMEs', year: 2023, tags: ['enterprises'] }));
    expect(without(text, 'mine-p001')).toBe(without(FILE, 'mine-p001'));
    const fact = parse(text).facts[1];
    expect(fact).toEqual({
      id: 'mine-p001',
      kind: 'reported',
      year: 2023,
      metric: { zh: '科技型中小企业', en: 'technology-based SMEs' },
      indicator: 'tech-smes',
      measure: 'stock',
      value: 300,
      unit: '家',
      qualifier: 'exact',
      tags: ['enterprises'],
      quote: '科技型中小企业300家',
    });
    expect(text).toContain('    metric: { zh: 科技型中小企业, en: technology-based SMEs }\n');
    expect(text).toContain('    tags: [enterprises]\n');
  });

  it('edits a proposal and leaves it a proposal', () => {
    const text = ok(
      editProposal(FILE, 'mine-p002', {
        kind: 'reported',
        qualifier: 'at_least',
        indicator: 'innovation-platforms',
        category: 'high-tech',
      }),
    );
    expect(parse(text).facts[2]).toMatchObject({
      status: 'proposed',
      kind: 'reported',
      qualifier: 'at_least',
      indicator: 'innovation-platforms',
      category: 'high-tech',
    });
    const none = ok(editProposal(text, 'mine-p002', { indicator: null, category: null }));
    expect(parse(none).facts[2].indicator).toBeNull();
    expect(parse(none).facts[2]).not.toHaveProperty('category');
  });

  it('rejects: the proposal leaves the facts and is kept, with its figure and why, in rejected', () => {
    const text = ok(rejectProposal(FILE, 'mine-p002', 'a count of applications'));
    expect(parse(text).facts.map((f: { id: string }) => f.id)).toEqual(['mine-1', 'mine-p001']);
    expect(parse(text).rejected).toEqual([
      { value: 15, unit: '家', quote: '研发机构15家', metric: '研发机构', why: 'a count of applications' },
    ]);
    expect(text).toContain('rejected:\n  - { value: 15, unit: 家, quote: 研发机构15家, metric: 研发机构, why: a count of applications }\n');
    const twice = ok(rejectProposal(text, 'mine-p001'));
    expect(parse(twice).rejected).toHaveLength(2);
    expect(text.startsWith(without(FILE, 'mine-p002').split('# the end')[0]!)).toBe(true);
  });

  it('keeps a reason with commas and brackets one value', () => {
    const why = 'counts applications, not firms [see 附件]';
    expect(parse(ok(rejectProposal(FILE, 'mine-p002', why))).rejected[0].why).toBe(why);
  });

  it('accepts all but the exceptions', () => {
    const result = acceptAll(FILE, ['mine-p002']);
    expect(result.accepted).toEqual(['mine-p001']);
    const facts = parse(ok(result)).facts;
    expect(facts[1]).not.toHaveProperty('status');
    expect(facts[2]).toMatchObject({ status: 'proposed' });
  });

  it('refuses an unknown id and a fact that is no proposal, changing nothing', () => {
    expect(acceptProposal(FILE, 'nope')).toEqual({ problem: 'no fact "nope" in this document' });
    expect(rejectProposal(FILE, 'mine-1')).toEqual({ problem: '"mine-1" is not a proposal: it was accepted already' });
  });
});
