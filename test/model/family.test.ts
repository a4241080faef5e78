import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { relatedReason } from '../../src/commands/related.js';
import { checkFamilies } from '../../src/model/checks.js';
import { familyOf, familyReason } from '../../src/model/family.js';
import { IndicatorsFileSchema, type IndicatorInput } from '../../src/model/schema.js';
import { lineDistance, relatedFigures } from '../../src/model/related.js';
import { readSourceFile, type SourceFile } from '../../src/model/source.js';
import { BUNDLED_CATALOGUE, BUNDLED_DATA } from '../../src/paths.js';
import { bundledDataset } from '../helpers.js';

const dataset = bundledDataset();

/**
 * Figures an analyst sets side by side across places, each with the relation it is found by:
 * every family (R&D spending, fiscal S&T spending, innovation platforms), the new and total
 * counts of one indicator, and the same category.
 */
const PAIRS: readonly [string, string, string][] = [
  ['liangqing-2021-enterprise-rnd-growth', 'yangzhou-2024-rnd-growth', 'same-family'],
  ['yangzhou-2024-rnd-growth', 'liangqing-2021-enterprise-rnd-growth', 'same-family'],
  ['liangqing-2021-enterprise-rnd-growth', 'nanning-2023-rnd-intensity', 'same-family'],
  ['nanning-2023-rnd-intensity', 'yangzhou-2024-rnd-growth', 'same-family'],
  ['nanning-2023-rnd-intensity', 'yangzhou-2023-rnd-gdp-share', 'comparable'],
  ['liangqing-2021-fiscal-st-spending', 'guangxi-2022-rnd-incentive-funds', 'same-family'],
  ['guangxi-2023-rnd-incentive-funds', 'liangqing-2021-fiscal-st-spending', 'same-family'],
  ['liangqing-2021-fiscal-st-spending-growth', 'guangxi-2023-rnd-incentive-funds', 'same-family'],
  ['nanning-2023-municipal-engineering-research-centres-per-year', 'liangqing-2021-platforms-new', 'same-family'],
  ['liangqing-2021-platforms-new', 'guangxi-2022-engineering-research-centres-new', 'same-family'],
  ['yangzhou-2023-hitech-approved', 'guangxi-2022-hitech-count', 'same-indicator'],
  ['guangxi-2022-gazelle-count', 'liangqing-2021-gazelle-new', 'same-indicator'],
  ['liangqing-2022-platforms-cumulative', 'guangxi-2022-regional-platforms-new', 'same-indicator'],
  ['liangqing-2021-high-level-talent-new', 'nanning-2024-high-level-talent', 'same-indicator'],
  ['guangxi-2023-hitech-cultivation-projects', 'nanning-2023-hitech-count', 'same-category'],
  ['yangzhou-2024-tech-enterprise-recruit', 'guangxi-2022-kechuangdai-borrowers', 'same-category'],
  ['nanning-2023-above-scale-rnd-active-share', 'nanning-hitech-zone-2023-above-scale-industrial-output', 'same-category'],
];

function cli(...args: string[]) {
  let out = '';
  const code = run(args, { out: (t) => (out += t), err: () => {}, stdin: { isTTY: false }, stdout: { isTTY: false } });
  return { code, out };
}

describe('figures related across places, as an analyst pairs them', () => {
  it.each(PAIRS)('%s finds %s (%s)', (id, wanted, relation) => {
    const fact = dataset.factById.get(id)!;
    expect(dataset.factById.get(wanted)!.place).not.toBe(fact.place);
    expect(relatedFigures(dataset, fact).find((r) => r.fact.id === wanted)?.relation).toBe(relation);
    const rows = JSON.parse(cli('related', id, '--json').out) as { id: string; relation: string; reason: string }[];
    const row = rows.find((r) => r.id === wanted);
    expect(row).toMatchObject({ relation });
    expect(row!.reason).toMatch(relation === 'same-family' ? /^related, not comparable: .+ of the family of / : /./u);
  });
});

describe('families of indicators', () => {
  it('are read from indicators.yaml, the head first', () => {
    expect(familyOf(dataset, 'enterprise-rnd-spending')).toEqual({
      head: 'gross-rnd-spending',
      members: ['gross-rnd-spending', 'rnd-intensity', 'enterprise-rnd-spending'],
    });
    expect(familyOf(dataset, 'gross-rnd-spending')?.head).toBe('gross-rnd-spending');
    expect(familyOf(dataset, 'rnd-incentive-funds')?.members).toEqual(['fiscal-st-spending', 'rnd-incentive-funds']);
    expect(familyOf(dataset, 'high-tech-enterprises')).toBeNull();
    expect(familyOf(dataset, null)).toBeNull();
  });

  it('say why two figures are related but not comparable, in English and Chinese', () => {
    expect(familyReason(dataset, 'gross-rnd-spending', 'enterprise-rnd-spending')).toEqual({
      en: 'enterprise R&D spending is of the family of gross R&D spending',
      zh: '企业研发投入属于全社会研发经费投入一族',
    });
    expect(familyReason(dataset, 'enterprise-rnd-spending', 'rnd-intensity').en).toBe(
      'R&D intensity and enterprise R&D spending, of the family of gross R&D spending',
    );
    const fact = dataset.factById.get('liangqing-2021-enterprise-rnd-growth')!;
    const gross = relatedFigures(dataset, fact).find((r) => r.fact.id === 'yangzhou-2024-rnd-growth')!;
    expect(gross.family).toBe('gross-rnd-spending');
    expect(relatedReason(dataset, fact, gross)).toBe(
      'related, not comparable: enterprise R&D spending is of the family of gross R&D spending',
    );
    expect(cli('related', fact.id).out).toContain(
      '(related, not comparable: enterprise R&D spending is of the family of gross R&D spending)  [yangzhou-2024-rnd-growth]',
    );
  });

  it('come after the comparable and same-indicator figures of a place, before the same category', () => {
    const order = ['comparable', 'same-indicator', 'same-family', 'same-category'];
    for (const fact of dataset.facts) {
      const related = relatedFigures(dataset, fact);
      related.slice(1).forEach((r, i) => {
        const before = related[i]!;
        if (before.fact.place === r.fact.place)
          expect(order.indexOf(before.relation), fact.id).toBeLessThanOrEqual(order.indexOf(r.relation));
      });
    }
  });

  it('are exported with the indicators', () => {
    const out = JSON.parse(cli('export', '--format', 'json').out) as { indicators: { id: string; family?: string }[] };
    expect(out.indicators.find((i) => i.id === 'rnd-intensity')?.family).toBe('gross-rnd-spending');
    expect(out.indicators.find((i) => i.id === 'gross-rnd-spending')).not.toHaveProperty('family');
  });
});

describe('the order of related figures', () => {
  const places = (id: string) => [...new Set(relatedFigures(dataset, dataset.factById.get(id)!).map((r) => r.fact.place))];

  it("starts at the figure's own place, then its parent or children, then the others in the places' order", () => {
    expect(places('yangzhou-2023-hitech-approved')).toEqual(['yangzhou', 'guangxi', 'nanning', 'liangqing']);
    expect(places('nanning-2024-gazelle-count')).toEqual(['guangxi', 'liangqing']);
    expect(places('liangqing-2021-tech-sme-count')).toEqual(['liangqing', 'guangxi', 'yangzhou']);
    expect(places('liangqing-2021-enterprise-rnd-growth')).toEqual(['nanning', 'yangzhou']);
    for (const fact of dataset.facts) {
      const related = relatedFigures(dataset, fact);
      if (related.some((r) => r.fact.place === fact.place)) expect(related[0]!.fact.place, fact.id).toBe(fact.place);
    }
  });

  it('measures how far a place is along its line', () => {
    expect(lineDistance(dataset, 'liangqing', 'liangqing')).toBe(0);
    expect(lineDistance(dataset, 'liangqing', 'nanning')).toBe(1);
    expect(lineDistance(dataset, 'liangqing', 'guangxi')).toBe(2);
    expect(lineDistance(dataset, 'guangxi', 'liangqing')).toBe(2);
    expect(lineDistance(dataset, 'liangqing', 'nanning-hitech-zone')).toBe(Infinity);
    expect(lineDistance(dataset, 'yangzhou', 'guangxi')).toBe(Infinity);
  });
});

describe('the catalogue of indicators', () => {
  const read = (path: string) => {
    const result = readSourceFile(path, IndicatorsFileSchema);
    if (!('source' in result)) throw new Error(JSON.stringify(result.problems));
    return result.source;
  };
  const problems = (sources: SourceFile<IndicatorInput[]>[]) => {
    const found: string[] = [];
    const ids = new Set(sources.flatMap((s) => s.value.map((i) => i.id)));
    checkFamilies(sources, ids, (source, path, message) => {
      const p = source.problem(path, message);
      found.push(`${p.line}: ${p.message}`);
    });
    return found;
  };

  it('names families of indicators in indicators.yaml or in itself', () => {
    expect(problems([read(join(BUNDLED_DATA, 'indicators.yaml')), read(BUNDLED_CATALOGUE)])).toEqual([]);
  });

  it('reports a family naming no indicator at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
    const text = readFileSync(BUNDLED_CATALOGUE, 'utf8');
    const copy = join(dir, 'indicator-catalogue.yaml');
    writeFileSync(copy, text.replace('family: tech-contract-turnover', 'family: tech-contract-value'));
    const line = text.slice(0, text.indexOf('family: tech-contract-turnover')).split('\n').length;
    expect(problems([read(join(BUNDLED_DATA, 'indicators.yaml')), read(copy)])).toEqual([
      `${line}: family: no indicator "tech-contract-value"`,
    ]);
  });
});
