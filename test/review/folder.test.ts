import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptAbove, confidenceOf, filtered, folderFigures, NO_FILTER } from '../../src/review/folder.js';
import { readReview, type Review } from '../../src/review/session.js';
import { decide } from '../../src/review/write.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli, workReportFolder } from '../helpers.js';

const XIAN = 'xian-work-report-2025';
const SUZHOU = 'suzhou-jiangsu-bureau-summary-2024';

/** Two documents ingested into one folder: Xi'an's work report (17 proposals) and Suzhou's bureau summary. */
function twoDocuments(): { dir: string; review: () => Review } {
  const { dir } = workReportFolder();
  const summary = join(PACKAGE_ROOT, 'test', 'fixtures', 'suzhou-bureau-summary.txt');
  expect(runCli(['ingest', summary, '--into', dir]).code).toBe(0);
  return { dir, review: () => readReview(dir) };
}

function decided(dir: string, review: Review, document: string, decision: Parameters<typeof decide>[2]) {
  const outcome = decide(dir, review.documents.find((d) => d.id === document)!.file, decision);
  expect(outcome).toHaveProperty('written');
}

describe("the folder's figures", () => {
  it('lists every proposal, accepted and rejected figure with its state, confidence and document', () => {
    const { dir, review } = twoDocuments();
    const first = review();
    const proposals = first.proposals.length;
    decided(dir, first, XIAN, { type: 'accept', id: `${XIAN}-p001` });
    decided(dir, review(), XIAN, { type: 'reject', id: `${XIAN}-p002` });
    const figures = folderFigures(review(), [`${XIAN}-p003`]);
    expect(figures).toHaveLength(proposals);
    const byId = (id: string) => figures.find((f) => f.id === id);
    expect(byId(`${XIAN}-p001`)).toMatchObject({ state: 'accepted', confidence: null, document: XIAN, value: '5.2', unit: '%' });
    expect(byId(`${XIAN}-p003`)).toMatchObject({ state: 'skipped', confidence: 0.7, document: XIAN });
    expect(byId(`${XIAN}-p004`)).toMatchObject({ state: 'proposed', confidence: 0.7, metric: '科技型中小企业' });
    // A rejected figure keeps its number and metric, not its id.
    const rejected = figures.filter((f) => f.state === 'rejected');
    expect(rejected).toEqual([expect.objectContaining({ id: null, value: '0.1', unit: '个百分点', document: XIAN })]);
    expect(new Set(figures.map((f) => f.document))).toEqual(new Set([XIAN, SUZHOU]));
  });

  it('filters by state, by confidence (bounds inclusive, decided figures outside any), and by document', () => {
    const { dir, review } = twoDocuments();
    decided(dir, review(), XIAN, { type: 'accept', id: `${XIAN}-p001` });
    const figures = folderFigures(review(), [`${XIAN}-p003`]);
    const ids = (filter: Partial<typeof NO_FILTER>) => filtered(figures, { ...NO_FILTER, ...filter }).map((f) => f.id);
    expect(ids({})).toHaveLength(figures.length);
    expect(ids({ states: ['accepted'] })).toEqual([`${XIAN}-p001`]);
    expect(ids({ states: ['skipped', 'accepted'] }).sort()).toEqual([`${XIAN}-p001`, `${XIAN}-p003`]);
    const sure = filtered(figures, { ...NO_FILTER, min: 0.85 });
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.every((f) => f.confidence !== null && f.confidence >= 0.85)).toBe(true);
    expect(sure.map((f) => f.id)).toContain(`${XIAN}-p005`);
    expect(ids({ min: 0.65, max: 0.65 }).every((id) => figures.find((f) => f.id === id)!.confidence === 0.65)).toBe(true);
    expect(ids({ max: 0.65 })).not.toContain(`${XIAN}-p001`);
    expect(filtered(figures, { ...NO_FILTER, document: SUZHOU }).every((f) => f.document === SUZHOU)).toBe(true);
    expect(ids({ document: SUZHOU, states: ['accepted'] })).toEqual([]);
  });

  it('reads a typed confidence from 0 to 1, and says why another is none', () => {
    expect(confidenceOf('0.8')).toBe(0.8);
    expect(confidenceOf(' 1 ')).toBe(1);
    expect(confidenceOf('.5')).toBe(0.5);
    for (const bad of ['1.2', '-0.1', 'abc', '', '0.8x', 'Infinity']) expect(confidenceOf(bad)).toMatch(/a number from 0 to 1/u);
  });
});

describe('accepting all above a confidence', () => {
  it('accepts each document the proposals at or above it, but those marked and those not ready, and says which', () => {
    const { dir, review } = twoDocuments();
    const before = review();
    const plan = acceptAbove(before, before.proposals, 0.85, [`${XIAN}-p005`]);
    expect(plan.excepted).toEqual([`${XIAN}-p005`]);
    // p011 (0.85) has no topic yet: it is left and said, never half-accepted.
    expect(plan.unready).toContain(`${XIAN}-p011`);
    expect(plan.below).toContain(`${XIAN}-p002`);
    expect(plan.accepted).toContain(`${XIAN}-p001`);
    expect(plan.accepted.every((id) => (before.proposals.find((p) => p.fact.id === id)!.fact.confidence ?? 1) >= 0.85)).toBe(true);
    expect(plan.decisions.map((d) => d.document).sort()).toEqual([SUZHOU, XIAN].sort());
    for (const { document, decision } of plan.decisions) decided(dir, review(), document, decision);
    const after = review();
    const left = new Set(after.proposals.map((p) => p.fact.id));
    for (const id of plan.accepted) expect(left.has(id)).toBe(false);
    for (const id of [...plan.excepted, ...plan.unready, ...plan.below]) expect(left.has(id)).toBe(true);
    expect(after.proposals).toHaveLength(before.proposals.length - plan.accepted.length);
  });

  it('writes nothing to a document with nothing to accept, and takes only the candidates given', () => {
    const { review } = twoDocuments();
    const r = review();
    const candidates = r.proposals.filter((p) => p.document === SUZHOU);
    const plan = acceptAbove(r, candidates, 0, []);
    expect(plan.decisions.map((d) => d.document)).toEqual([SUZHOU]);
    expect(plan.accepted.every((id) => id.startsWith(SUZHOU))).toBe(true);
    expect(acceptAbove(r, r.proposals, 1.0, []).decisions).toEqual([]);
    expect(readFileSync(r.documents[0]!.file.path, 'utf8')).toBe(r.documents[0]!.file.text);
  });
});
