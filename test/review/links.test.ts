import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FactInput } from '../../src/model/schema.js';
import { linkFigure } from '../../src/review/link.js';
import { folderFigures } from '../../src/review/linkFigures.js';
import { baseYear, metricLikeness, otherOf, suggestLinks, type LinkFigure } from '../../src/review/links.js';
import { readReview } from '../../src/review/session.js';
import { decide, undo } from '../../src/review/write.js';
import { runCli } from '../helpers.js';
import { linkFolder } from './linkFolder.js';

/** A made-up figure: a city's count of incubators, unless told otherwise. */
function figure(
  id: string,
  over: Partial<FactInput> & { document?: string; place?: string; documentYear?: number | null } = {},
): LinkFigure {
  const { document = 'doc-a', place = 'town', documentYear = 2021, ...fields } = over;
  const fact: FactInput = {
    id,
    kind: 'reported',
    year: 2022,
    metric: { zh: '孵化器数量', en: 'incubators' },
    indicator: 'incubators',
    measure: 'stock',
    value: 10,
    unit: '家',
    qualifier: 'exact',
    tags: ['platforms'],
    quote: 'q',
    ...fields,
  };
  return { document, file: `${document}.yaml`, fact, place, documentYear };
}

const TARGET = figure('t-2025', { kind: 'target', year: 2025, value: 40 });

describe('links suggested for a target', () => {
  it('takes the years after the base up to the target as reports, and the years up to the base as baselines', () => {
    const figures = [
      TARGET,
      figure('r-2020', { year: 2020 }),
      figure('r-2023', { year: 2023, document: 'doc-b' }),
      figure('r-2025', { year: 2025, document: 'doc-c' }),
      figure('r-2026', { year: 2026 }),
    ];
    // The plan is dated 2021: it starts from 2020's level.
    expect(baseYear(TARGET, figures)).toBe(2020);
    const found = suggestLinks(figures, 't-2025')!;
    expect(found.map((s) => [s.figure.fact.id, s.key])).toEqual([
      ['r-2025', 'progress_of'],
      ['r-2023', 'progress_of'],
      ['r-2020', 'baseline_of'],
    ]);
    expect(found.every((s) => s.refusal === null)).toBe(true);
    expect(found[0]!.why).toContain('same indicator incubators');
  });

  it('moves the base to a linked baseline, and a baseline linked already is not suggested again', () => {
    const figures = [
      TARGET,
      figure('b-2022', { year: 2022, baseline_of: 't-2025' }),
      figure('r-2022', { year: 2022, document: 'x' }),
      figure('r-2024', { year: 2024 }),
    ];
    expect(baseYear(TARGET, figures)).toBe(2022);
    expect(suggestLinks(figures, 't-2025')!.map((s) => [s.figure.fact.id, s.key])).toEqual([
      ['r-2024', 'progress_of'],
      ['r-2022', 'baseline_of'],
    ]);
  });

  it('leaves out another place, another unit, another indicator and a target', () => {
    const figures = [
      TARGET,
      figure('other-place', { place: 'city' }),
      figure('other-unit', { unit: '个' }),
      figure('other-indicator', { indicator: 'labs' }),
      figure('a-target', { kind: 'target' }),
    ];
    expect(suggestLinks(figures, 't-2025')).toEqual([]);
  });

  it('reads units and metric words in either script', () => {
    const hant = figure('hant', { unit: '家', metric: { zh: '孵化器數量' }, indicator: null });
    expect(metricLikeness('孵化器數量', '孵化器数量')).toBe(1);
    expect(metricLikeness('孵化器数量', '研发投入强度')).toBe(0);
    const [s] = suggestLinks([TARGET, hant], 't-2025')!;
    expect(s!.why[0]).toMatch(/^alike metric words/u);
    // Alike words are a reason to look, but the rules link only figures of one indicator.
    expect(s!.refusal).toMatch(/"hant" measures no indicator: give it one/u);
  });

  it('ranks what the rules would refuse last, and says a fact cannot lean on a proposed target', () => {
    const proposed = figure('t-p', { kind: 'target', year: 2025, status: 'proposed', confidence: 0.5 });
    const figures = [
      proposed,
      figure('fact-2024', { year: 2024 }),
      figure('prop-2023', { year: 2023, status: 'proposed', confidence: 0.5 }),
    ];
    const found = suggestLinks(figures, 't-p')!;
    expect(found.map((s) => s.figure.fact.id)).toEqual(['prop-2023', 'fact-2024']);
    expect(found[1]!.refusal).toBe('"t-p" is a proposal and "fact-2024" a fact: accept the target first');
  });

  it('says a different measure will not compare, and ranks the same measure first', () => {
    const figures = [TARGET, figure('new-2023', { year: 2023, measure: 'new' }), figure('stock-2023', { year: 2023 })];
    const found = suggestLinks(figures, 't-2025')!;
    expect(found.map((s) => s.figure.fact.id)).toEqual(['stock-2023', 'new-2023']);
    expect(found[1]!.why).toContain('measures new, the target stock: progress will call them not comparable');
  });

  it('gives a reported figure the targets it may report on', () => {
    const later = figure('t-2027', { kind: 'target', year: 2027, document: 'doc-d', documentYear: 2026 });
    const figures = [TARGET, later, figure('r-2024', { year: 2024 })];
    const found = suggestLinks(figures, 'r-2024')!;
    expect(found.map((s) => [otherOf(s, 'r-2024').fact.id, s.key])).toEqual([
      ['t-2025', 'progress_of'],
      ['t-2027', 'baseline_of'],
    ]);
    expect(suggestLinks(figures, 'nothing')).toBeUndefined();
  });
});

describe('a link written', () => {
  const FILE = `facts:
  - id: one
    kind: reported # as read
    year: 2024
    baseline_of: two
  - { id: flat, kind: reported }
`;

  it('sets the key on the figure, and a figure that started the target no longer does once it reports on it', () => {
    const linked = linkFigure(FILE, 'one', 'progress_of', 'two');
    expect(linked).toEqual({ text: FILE.replace('    baseline_of: two\n', '    progress_of: two\n') });
    expect(linkFigure(FILE, 'one', 'baseline_of', null)).toEqual({ text: FILE.replace('    baseline_of: two\n', '') });
    expect(linkFigure(FILE, 'flat', 'progress_of', 'two')).toEqual({
      problem: '"flat" is written on one line; write it as a block to link it here',
    });
    expect(linkFigure(FILE, 'none', 'progress_of', 'two')).toEqual({ problem: 'no fact "none" in this document' });
  });

  it('writes on a proposal in another document or on an accepted fact, checked, and undone to the byte', () => {
    const { dir, plan, summary } = linkFolder();
    const review = readReview(dir);
    const figures = folderFigures(review);
    expect(figures.map((f) => f.fact.id).sort()).toEqual([
      'plan-2023-count',
      'plan-2023-new',
      'plan-2025-target',
      'plan-p001',
      'summary-p001',
    ]);
    expect(suggestLinks(figures, 'plan-2025-target')!.map((s) => [s.figure.fact.id, s.key])).toEqual([
      ['summary-p001', 'progress_of'],
      ['plan-2023-count', 'baseline_of'],
      ['plan-2023-new', 'baseline_of'],
    ]);
    const before = readFileSync(summary, 'utf8');
    const fileOf = (path: string) => review.documents.find((d) => d.file.path === path)!.file;
    const report = decide(dir, fileOf(summary), { type: 'link', id: 'summary-p001', key: 'progress_of', target: 'plan-2025-target' });
    expect(report).toHaveProperty('written');
    expect(parse(readFileSync(summary, 'utf8')).facts[0].progress_of).toBe('plan-2025-target');
    const base = decide(dir, fileOf(plan), { type: 'link', id: 'plan-2023-count', key: 'baseline_of', target: 'plan-2025-target' });
    expect(base).toHaveProperty('written');
    expect(runCli(['validate', dir]).code).toBe(0);
    // Read again, the folder's figures carry the links: those made are suggested no more.
    expect(suggestLinks(folderFigures(readReview(dir)), 'plan-2025-target')!.map((s) => s.figure.fact.id)).toEqual(['plan-2023-new']);
    // A link the rules refuse is not left in the file.
    const wrong = decide(dir, readReview(dir).documents[0]!.file, {
      type: 'link',
      id: 'plan-2023-new',
      key: 'progress_of',
      target: 'plan-2023-count',
    });
    expect(wrong).toEqual({ problem: expect.stringContaining('progress_of: "plan-2023-count" is not a target') });
    undo(dir, report as Extract<typeof report, { written: unknown }>);
    expect(readFileSync(summary, 'utf8')).toBe(before);
  });
});
