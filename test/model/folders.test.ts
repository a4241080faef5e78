import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, type DatasetLocation, type LoadResult } from '../../src/model/load.js';
import { BUNDLED_DATA, BUNDLED_SEEDS } from '../../src/paths.js';
import { PROPOSAL, userFolder } from '../helpers.js';

const bundled = { dataDir: BUNDLED_DATA, seedsDir: BUNDLED_SEEDS };
const own = (dir: string) => ({ dataDir: dir, seedsDir: join(dir, 'seeds') });

function ok(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the dataset to load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result;
}

function messages(location: DatasetLocation): string[] {
  const result = loadDataset(location);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}: ${p.message}`);
}

describe('a folder of one’s own', () => {
  it('keeps its proposals out of the dataset unless they are asked for, and counts them for review', () => {
    const dir = userFolder();
    const without = ok(loadDataset({ folders: [own(dir)] }));
    expect(without.dataset.factById.has('mine-plan-p001')).toBe(false);
    expect(without.dataset.documentById.get('mine-plan')!.facts).not.toContain('mine-plan-p001');
    expect([...without.review.proposals]).toEqual([['mine-plan', 1]]);

    const withProposals = ok(loadDataset({ folders: [own(dir)], includeProposed: true }));
    const proposal = withProposals.dataset.factById.get('mine-plan-p001')!;
    expect(proposal).toMatchObject({ status: 'proposed', confidence: 0.6, value: 135, unit: '家' });
    expect(proposal.metric.en).toBeUndefined();
    expect(withProposals.dataset.facts).toHaveLength(without.dataset.facts.length + 1);
  });

  it('combines with the bundled data: lists given alike in both are one, documents add up', () => {
    const dir = userFolder();
    const alone = ok(loadDataset({ folders: [bundled] })).dataset;
    const mine = ok(loadDataset({ folders: [own(dir)] })).dataset;
    const both = ok(loadDataset({ folders: [bundled, own(dir)] })).dataset;
    expect(both.places.map((p) => p.id)).toEqual(alone.places.map((p) => p.id));
    expect(both.indicators).toHaveLength(alone.indicators.length);
    expect(both.documents.map((d) => d.id).sort()).toEqual([...alone.documents.map((d) => d.id), 'mine-plan'].sort());
    expect(both.facts).toHaveLength(alone.facts.length + mine.facts.length);
    // One indicator now has the user's figures beside the bundled ones: they compare.
    const hitech = both.factsByIndicator.get('high-tech-enterprises')!.map((f) => f.id);
    expect(hitech).toContain('mine-2023-hitech-count');
    expect(hitech).toContain('nanning-2023-hitech-count');
    // Synonym groups are read from each folder: the same group twice does no harm.
    expect(both.synonyms.length).toBeGreaterThanOrEqual(alone.synonyms.length);
  });

  it('reports a place given otherwise in two folders as a clash, at the later one', () => {
    const dir = userFolder();
    const places = readFileSync(join(dir, 'places.yaml'), 'utf8');
    writeFileSync(join(dir, 'places.yaml'), places.replace('level: city', 'level: district'));
    const found = messages({ folders: [bundled, own(dir)] });
    expect(
      found.some((m) => /places\.yaml:\d+: place "\w+" clashes with the one in .*data\/places\.yaml/u.test(m)),
      found.join('\n'),
    ).toBe(true);
    // Alone, the same folder is sound: the clash is between folders.
    ok(loadDataset({ folders: [own(dir)] }));
  });

  it('reports a document or a fact id given in two folders', () => {
    const dir = userFolder();
    cpSync(join(BUNDLED_DATA, 'documents', 'nanning-plan-2021.yaml'), join(dir, 'documents', 'again.yaml'));
    const found = messages({ folders: [bundled, own(dir)] });
    expect(found.some((m) => m.includes('duplicate document id "nanning-plan-2021"'))).toBe(true);
    expect(found.some((m) => m.includes('duplicate fact id "nanning-2023-hitech-count"'))).toBe(true);
  });

  it('checks a proposal like a fact: its quote is in the text and states its number and unit', () => {
    const dir = userFolder({ proposal: PROPOSAL.replace('value: 135', 'value: 136').replace('unit: 家', 'unit: 个') });
    const found = messages({ folders: [own(dir)] });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/value: the quote does not state the number 136/u),
        expect.stringMatching(/unit: "个" is not in the quote/u),
      ]),
    );
  });

  it('asks a proposal for its confidence, and an accepted fact for what a reviewer settles', () => {
    const noConfidence = userFolder({ proposal: PROPOSAL.replace('    confidence: 0.6\n', '') });
    expect(messages({ folders: [own(noConfidence)] })).toEqual([expect.stringMatching(/a proposal needs its confidence/u)]);

    // The same entry with its status gone is an accepted fact: it needs an English name and a tag, and no draft fields.
    const accepted = userFolder({ proposal: PROPOSAL.replace('    status: proposed\n', '') });
    expect(messages({ folders: [own(accepted)] })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/metric\.en: missing \(a fact needs its English name/u),
        expect.stringMatching(/tags: needs at least one topic tag/u),
        expect.stringMatching(/\.confidence: only a proposal/u),
        expect.stringMatching(/\.reasons: only a proposal/u),
      ]),
    );
  });

  it('refuses a fact that leans on a proposal, which the dataset leaves out', () => {
    const tracking = `
  - id: mine-2023-incubation-platforms-reported
    kind: reported
    year: 2023
    section: task-21
    metric: { zh: 市级以上创业孵化平台, en: business incubation platforms }
    indicator: incubators
    measure: cumulative
    value: 135
    unit: 家
    qualifier: at_least
    tags: [incubators]
    progress_of: mine-plan-p001
    quote: 市级以上创业孵化平台累计135家以上
`;
    const dir = userFolder({ proposal: PROPOSAL.replace('indicator: null', 'indicator: incubators') + tracking });
    expect(messages({ folders: [own(dir)] })).toEqual([
      expect.stringMatching(/progress_of: "mine-plan-p001" is a proposal; accept it first/u),
    ]);
  });
});
