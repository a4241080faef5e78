import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixtureError, readFigureFixture, readFigureFixtures, type ExpectedFigure } from '../../../src/ingest/figures/figureFixture.js';
import { figureQuality, qualityOfFixtures, totalOf } from '../../../src/ingest/figures/fixtureQuality.js';
import { vocabularyOf } from '../../../src/ingest/figures/vocabulary.js';
import type { FactInput } from '../../../src/model/schema.js';
import { BUNDLED_CATALOGUE, BUNDLED_DATA, PACKAGE_ROOT } from '../../../src/paths.js';

const FIGURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'figures');

describe('the annotated texts', () => {
  // Read in each test, so that a broken annotation fails a test with its file and field rather than the whole file.
  const read = () => readFigureFixtures(FIGURES);

  it('parse, each quote found once in its text', () => {
    const fixtures = read();
    expect(fixtures.length).toBeGreaterThanOrEqual(7);
    for (const f of fixtures) {
      for (const [i, figure] of f.figures.entries()) {
        const at = f.text.indexOf(figure.quote);
        expect(at, `${f.name} #${i}`).toBeGreaterThanOrEqual(0);
        expect(f.text.indexOf(figure.quote, at + 1), `${f.name} #${i} is quoted more than once`).toBe(-1);
      }
    }
  });

  it('cover each kind of text people ingest, and both scripts', () => {
    const fixtures = read();
    expect(new Set(fixtures.map((f) => f.kind))).toEqual(new Set(['work-report', 'bureau-summary', 'action-plan', 'news-report']));
    expect(fixtures.some((f) => /[與發術億]/u.test(f.text))).toBe(true);
  });

  it('are all measured, the total the sum of the texts', () => {
    const fixtures = read();
    const { texts, total } = qualityOfFixtures(FIGURES, vocabularyOf(BUNDLED_DATA, BUNDLED_CATALOGUE));
    expect(texts.map((t) => t.fixture.name)).toEqual(fixtures.map((f) => f.name));
    expect(total.expected).toBe(fixtures.reduce((n, f) => n + f.figures.length, 0));
    expect(total.found).toBe(texts.reduce((n, t) => n + t.quality.found, 0));
  });
});

describe('a malformed annotation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'figures-'));
  const write = (name: string, text: string, yaml: string) => {
    writeFileSync(join(dir, `${name}.txt`), text);
    writeFileSync(join(dir, `${name}.figures.yaml`), yaml);
  };
  const head = 'kind: work-report\ndate: 2024-01-10\nplace: somewhere\nfigures:\n';

  it('names its file and the field at fault', () => {
    write(
      'bad-year',
      '新增高企120家。',
      `${head}  - { quote: 新增高企120家, value: 120, unit: 家, kind: target, year: soon, indicator: null }\n`,
    );
    expect(() => readFigureFixture(dir, 'bad-year')).toThrow(/bad-year\.figures\.yaml: figures\.0\.year: /u);
    write(
      'bad-kind',
      '新增高企120家。',
      `${head}  - { quote: 新增高企120家, value: 120, unit: 家, kind: aim, year: 2024, indicator: null }\n`,
    );
    expect(() => readFigureFixture(dir, 'bad-kind')).toThrow(/bad-kind\.figures\.yaml: figures\.0\.kind: /u);
  });

  it('says which quote is not in the text, or is there twice', () => {
    write(
      'typo',
      '新增高企120家。',
      `${head}  - { quote: 新增高企12家, value: 12, unit: 家, kind: target, year: 2024, indicator: null }\n`,
    );
    expect(() => readFigureFixture(dir, 'typo')).toThrow(FixtureError);
    expect(() => readFigureFixture(dir, 'typo')).toThrow(/figures\.0\.quote: “新增高企12家” is not in typo\.txt/u);
    write(
      'twice',
      '高企120家，高企120家。',
      `${head}  - { quote: 高企120家, value: 120, unit: 家, kind: target, year: 2024, indicator: null }\n`,
    );
    expect(() => readFigureFixture(dir, 'twice')).toThrow(/more than once/u);
  });
});

describe('the count', () => {
  // Three figures: a start and an end (从…到…), and a count whose subject is carried over.
  const text = '研发投入强度从2.1%提高到2.6%，高新技术企业1200家，比上年净增300家。';
  const figure = (quote: string, over: Partial<ExpectedFigure>) => {
    const at = text.indexOf(quote);
    return {
      quote,
      kind: 'reported',
      year: 2024,
      indicator: null,
      unit: '%',
      ...over,
      span: [at, at + quote.length] as const,
    } as ExpectedFigure & {
      span: readonly [number, number];
    };
  };
  const figures = [
    figure('强度从2.1%', { value: 2.1, year: 2019, indicator: 'rnd-intensity', measure: 'share', baseline_of: 1 }),
    figure('提高到2.6%', { value: 2.6, indicator: 'rnd-intensity', measure: 'share' }),
    figure('高新技术企业1200家', { value: 1200, unit: '家', indicator: 'high-tech-enterprises' }),
    figure('比上年净增300家', { value: 300, unit: '家', indicator: 'high-tech-enterprises', measure: 'new' }),
  ];
  let n = 0;
  const proposal = (quote: string, over: Partial<FactInput>): FactInput => ({
    id: `p${++n}`,
    status: 'proposed',
    confidence: 0.9,
    kind: 'reported',
    year: 2024,
    metric: { zh: '指标' },
    indicator: null,
    measure: 'stock',
    unit: '%',
    qualifier: 'exact',
    tags: [],
    quote,
    ...over,
  });
  const proposals = [
    // The start: year wrong, indicator right, measure right, not linked to the end.
    proposal('研发投入强度从2.1%', { value: 2.1, indicator: 'rnd-intensity', measure: 'share' }),
    // The end: all right.
    proposal('研发投入强度从2.1%提高到2.6%', { value: 2.6, indicator: 'rnd-intensity', measure: 'share' }),
    // The count: kind wrong.
    proposal('高新技术企业1200家', { value: 1200, unit: '家', kind: 'target', indicator: 'high-tech-enterprises' }),
    // The count again, quoted elsewhere: matches nothing.
    proposal('比上年净增300家', { value: 1200, unit: '家' }),
    // A number quoted where no figure is.
    proposal('提高到2.6%，', { value: 2.6, unit: '個' }),
  ];
  const q = figureQuality(text, figures, proposals);

  it('finds the figures whose value, unit and place agree, each proposal used once', () => {
    expect(q).toMatchObject({ expected: 4, proposed: 5, found: 3, missed: [3] });
    expect(q.extra.map((p) => p.id)).toEqual([proposals[3]!.id, proposals[4]!.id]);
  });

  it('counts each field the found figures have right', () => {
    expect(q.right).toEqual({ kind: 2, year: 2, indicator: 3, measure: 2 });
    expect(q.measured).toBe(2);
    expect(q.disagreements).toEqual([
      { figure: 0, field: 'year', expected: '2019', proposed: '2024' },
      { figure: 0, field: 'baseline_of', expected: '#1', proposed: 'undefined' },
      { figure: 2, field: 'kind', expected: 'reported', proposed: 'target' },
    ]);
  });

  it('counts a baseline linked as the annotation links it', () => {
    expect(q).toMatchObject({ baselines: 1, baselinesRight: 0 });
    const linked = proposals.map((p, i) => (i === 0 ? { ...p, baseline_of: proposals[1]!.id } : p));
    expect(figureQuality(text, figures, linked)).toMatchObject({ baselines: 1, baselinesRight: 1 });
  });

  it('does not match a proposal quoted elsewhere in the text', () => {
    expect(figureQuality(text, [figures[2]!], [proposal('比上年净增300家', { value: 1200, unit: '家' })]).found).toBe(0);
    expect(figureQuality(text, [figures[2]!], [proposal('高新技术企业1200家，比上年', { value: 1200, unit: '家' })]).found).toBe(1);
  });

  it('matches a unit in either script, and prefers the proposal that reads the figure better', () => {
    const hant = [
      proposal('高新技术企业1200家', { value: 1200, unit: '家', kind: 'target' }),
      proposal('企业1200家', { value: 1200, unit: '家' }),
    ];
    expect(figureQuality(text, [figures[2]!], hant)).toMatchObject({ found: 1, right: { kind: 1 } });
    const pp = figure('高新技术企业1200家', { value: 1200, unit: '个百分点' });
    expect(figureQuality(text, [pp], [proposal('高新技术企业1200家', { value: 1200, unit: '個百分點' })]).found).toBe(1);
    expect(figureQuality(text, [figures[1]!], [proposal('提高到2.6%', { value: 2.6, unit: '個' })]).found).toBe(0);
    expect(figureQuality(text, [figures[1]!], [proposal('提高到2.6%', { value: 2.5 })]).found).toBe(0);
  });

  it('sums texts', () => {
    expect(totalOf([q, q])).toMatchObject({
      expected: 8,
      proposed: 10,
      found: 6,
      right: { kind: 4, year: 4, indicator: 6, measure: 4 },
      baselines: 2,
    });
  });
});
