import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeDraft, newDocumentYaml, sameFigure, type DocumentHead, type Draft } from '../../src/ingest/document.js';
import type { FactInput } from '../../src/model/schema.js';

const head: DocumentHead = {
  id: 'shaanxi-work-report-2025',
  seed: 'shaanxi-work-report-2025.txt',
  title: '2025年陕西省政府工作报告',
  publisher: { zh: '陕西省人民政府', en: 'Shaanxi Provincial People’s Government' },
  date: '2025-01-15',
  place: 'shaanxi',
  kind: 'work-report',
  script: 'simplified',
  recipe: { start: '2025年陕西省政府工作报告', end: '奋力谱写', drop: [], pdf: false, repairs: [] },
};

function proposal(id: string, value: number, quote: string, unit = '家'): FactInput {
  return {
    id,
    status: 'proposed',
    confidence: 0.8,
    reasons: ['year inferred'],
    kind: 'reported',
    year: 2024,
    metric: { zh: '高新技术企业' },
    indicator: 'high-tech-enterprises',
    measure: 'stock',
    value,
    unit,
    qualifier: 'exact',
    tags: ['enterprises'],
    quote,
  };
}

const draft: Draft = {
  proposals: [
    proposal('shaanxi-work-report-2025-p001', 1.9, '高新技术企业1.9万家', '万家'),
    proposal('shaanxi-work-report-2025-p002', 620, '科技型中小企业620家'),
  ],
  skipped: [{ text: '一千二百余', quote: '引进人才一千二百余人', why: 'a Chinese numeral with 余' }],
};

describe('the document file an ingest writes', () => {
  it('holds the metadata, the recipe and the proposals, in the curated files’ style', () => {
    const text = newDocumentYaml(head, draft);
    expect(text.startsWith('# Read by "policy-explorer ingest" from seeds/shaanxi-work-report-2025.txt.')).toBe(true);
    expect(text).toContain('metric: { zh: 高新技术企业 }');
    expect(text).toContain('tags: [enterprises]');
    const value = parse(text);
    expect(value).toMatchObject({
      id: head.id,
      title: { zh: head.title },
      kind: 'work-report',
      recipe: head.recipe,
      skipped: draft.skipped,
    });
    expect(value.facts).toEqual(draft.proposals);
  });

  it('a second ingest keeps what a person changed and adds only figures it does not hold', () => {
    const first = newDocumentYaml(head, draft);
    // A person accepted p001 (and edited its metric), rejected p002, and commented the file.
    const edited = first
      .replace(
        / {2}- id: shaanxi-work-report-2025-p001\n {4}status: proposed\n {4}confidence: 0.8\n {4}reasons: \[year inferred\]\n/u,
        '  # checked against the bulletin\n  - id: shaanxi-work-report-2025-p001\n',
      )
      .replace('metric: { zh: 高新技术企业 }', 'metric: { zh: 高新技术企业数量, en: high-tech enterprises }')
      .replace(/ {2}- id: shaanxi-work-report-2025-p002\n(?: {4}.*\n)+/u, '')
      .concat('rejected:\n  - { value: 620, unit: 家, quote: 科技型中小企业620家, why: a count of applications }\n');
    expect(edited).not.toBe(first);
    const again = mergeDraft(edited, {
      proposals: [...draft.proposals, proposal('shaanxi-work-report-2025-p001', 35, '新型研发机构35家')],
      skipped: [],
    });
    expect(again).toMatchObject({ reviewed: 1, proposed: 0, rejected: 1, added: 1 });
    // Everything but the new proposal and the dropped skipped list is as the person left it.
    expect(again.text.startsWith(edited.slice(0, edited.indexOf('skipped:')))).toBe(true);
    expect(again.text.endsWith(edited.slice(edited.indexOf('rejected:')))).toBe(true);
    expect(again.text).toContain('# checked against the bulletin');
    const facts = parse(again.text).facts as FactInput[];
    expect(facts.map((f) => f.id)).toEqual(['shaanxi-work-report-2025-p001', 'shaanxi-work-report-2025-p002']);
    expect(facts[1]).toMatchObject({ value: 35, status: 'proposed' });
    expect(parse(again.text).skipped).toBeUndefined();
    // Run once more with the same draft: nothing new.
    expect(mergeDraft(again.text, { proposals: [...draft.proposals, proposal('x', 35, '新型研发机构35家')], skipped: [] })).toMatchObject({
      added: 0,
      proposed: 1,
    });
  });

  it('numbers new proposals after the highest in the file, so an id is never reused', () => {
    const text = newDocumentYaml(head, { proposals: [proposal('shaanxi-work-report-2025-p007', 1, '一项1家')], skipped: [] });
    const merged = mergeDraft(text, { proposals: [proposal('whatever', 2, '两项2家')], skipped: [] });
    expect((parse(merged.text).facts as FactInput[]).map((f) => f.id)).toEqual([
      'shaanxi-work-report-2025-p007',
      'shaanxi-work-report-2025-p008',
    ]);
  });

  it("moves a baseline link to its target's new id, and drops one whose target the file holds already", () => {
    const text = newDocumentYaml(head, { proposals: [proposal('shaanxi-work-report-2025-p004', 1, '一项1家')], skipped: [] });
    const target = { ...proposal('draft-p002', 3, '三项3家'), kind: 'target' as const, year: 2025 };
    const merged = mergeDraft(text, {
      proposals: [
        { ...proposal('draft-p001', 2, '两项2家'), baseline_of: 'draft-p002' },
        target,
        { ...proposal('draft-p003', 5, '五项5家'), baseline_of: 'draft-p009' },
        { ...proposal('draft-p004', 6, '六项6家'), baseline_of: 'draft-p005' },
        { ...target, id: 'draft-p005', value: 1, quote: '一项1家' },
      ],
      skipped: [],
    });
    const facts = parse(merged.text).facts as FactInput[];
    expect(facts.map((f) => [f.id, f.baseline_of])).toEqual([
      ['shaanxi-work-report-2025-p004', undefined],
      ['shaanxi-work-report-2025-p005', 'shaanxi-work-report-2025-p006'],
      ['shaanxi-work-report-2025-p006', undefined],
      ['shaanxi-work-report-2025-p007', undefined],
      ['shaanxi-work-report-2025-p008', undefined],
    ]);
  });

  it('takes a figure quoted more or less fully for the same figure, but not another number or unit', () => {
    const a = { value: 1.9, unit: '万家', quote: '高新技术企业1.9万家' };
    expect(sameFigure(a, { ...a, quote: '全省高新技术企业1.9万家' })).toBe(true);
    expect(sameFigure(a, { ...a, value: 1.8 })).toBe(false);
    expect(sameFigure(a, { ...a, unit: '家' })).toBe(false);
    expect(sameFigure(a, { ...a, quote: '科技型中小企业1.9万家' })).toBe(false);
  });
});
