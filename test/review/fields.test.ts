import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EDITABLE_FIELDS, editOf, fieldNamed } from '../../src/review/fields.js';
import { folderNames, type FolderNames } from '../../src/review/names.js';
import { readReview } from '../../src/review/session.js';
import { runCli, workReportFolder } from '../helpers.js';

/** Values each field refuses: every field has at least one. */
const BAD: Readonly<Record<string, readonly string[]>> = {
  'metric.zh': [''],
  'metric.en': [''],
  kind: ['goal'],
  year: ['20x4', '202'],
  qualifier: ['maybe'],
  value: ['1.9.4', 'many', '5-3'],
  unit: [''],
  indicator: ['Nonesuch index'],
  measure: ['level'],
  category: ['unicorns of the sea'],
  place: ['Atlantis'],
  responsible: ['市科技局、市科技局'],
  tags: ['', 'rnd, astrology'],
  note: [''],
  progress_of: ['Not An Id'],
  baseline_of: ['a b'],
};

describe('the one table of the fields a person may edit', () => {
  // Made before each test: the helpers take temporary folders away after each.
  let dir = '';
  let names: FolderNames;
  let id = '';
  beforeEach(() => {
    dir = workReportFolder().dir;
    names = folderNames(dir);
    id = readReview(dir, 'text').proposals[0]!.fact.id;
  });

  it('names every field the review shows, and each refuses something', () => {
    expect(EDITABLE_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(BAD).sort());
  });

  it.each(Object.entries(BAD).flatMap(([name, values]) => values.map((v) => [name, v] as const)))(
    '%s=%j is refused by review --set and by the screen with the same words, and nothing is written',
    (name, value) => {
      const screen = editOf(fieldNamed(name)!, value, names);
      expect(typeof screen).toBe('string');
      const before = readFileSync(`${dir}/documents/xian-work-report-2025.yaml`, 'utf8');
      const { code, err } = runCli(['review', dir, '--accept', id, '--set', `${name}=${value}`]);
      expect(code).toBe(2);
      expect(err).toContain(`--set ${screen as string}`);
      expect(readFileSync(`${dir}/documents/xian-work-report-2025.yaml`, 'utf8')).toBe(before);
    },
  );

  it('reads an indicator, a category and topics by their names in either script or English, as their ids', () => {
    expect(editOf(fieldNamed('indicator')!, 'R&D intensity', names)).toEqual({ indicator: 'rnd-intensity' });
    expect(editOf(fieldNamed('indicator')!, '研發經費投入強度', names)).toEqual({ indicator: 'rnd-intensity' });
    expect(editOf(fieldNamed('indicator')!, 'none', names)).toEqual({ indicator: null });
    expect(editOf(fieldNamed('category')!, 'high-tech', names)).toEqual({ category: 'high-tech' });
    expect(editOf(fieldNamed('tags')!, 'rnd，enterprises', names)).toEqual({ tags: ['rnd', 'enterprises'] });
    expect(editOf(fieldNamed('measure')!, 'share', names)).toEqual({ measure: 'share' });
  });

  it('review --set writes what the name stands for', () => {
    const { dir: other, path } = workReportFolder();
    const first = readReview(other, 'text').proposals[0]!.fact.id;
    const { code, err } = runCli([
      'review',
      other,
      '--accept',
      first,
      '--set',
      'indicator=R&D intensity',
      '--set',
      'measure=share',
      '--set',
      'metric.en=R&D intensity',
      '--set',
      'tags=rnd',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const fact = (
      parse(readFileSync(path, 'utf8')) as { facts: { id: string; indicator: string; measure: string; status?: string }[] }
    ).facts.find((f) => f.id === first)!;
    expect(fact).toMatchObject({ indicator: 'rnd-intensity', measure: 'share' });
    expect(fact.status).toBeUndefined();
  });

  it('links a reported figure to the target it reports on; the checks refuse a link that does not hold', () => {
    const { dir: other, path } = workReportFolder();
    const proposals = readReview(other, 'text').proposals.map((p) => p.fact);
    const target = proposals.find(
      (t) => t.kind === 'target' && t.indicator !== null && proposals.some((r) => r.kind === 'reported' && r.indicator === t.indicator),
    )!;
    const report = proposals.find((r) => r.kind === 'reported' && r.indicator === target.indicator)!;
    const ready = ['--set', 'metric.en=a figure', '--set', 'tags=rnd'];
    expect(runCli(['review', other, '--accept', target.id, ...ready]).code).toBe(0);
    const linked = runCli(['review', other, '--accept', report.id, ...ready, '--set', `progress_of=${target.id}`]);
    expect(linked.err).toBe('');
    const factOf = (id: string) =>
      (parse(readFileSync(path, 'utf8')) as { facts: { id: string; progress_of?: string }[] }).facts.find((f) => f.id === id)!;
    expect(factOf(report.id).progress_of).toBe(target.id);
    // A link to a reported figure is no progress report: the decision is undone and the problem said.
    const other2 = proposals.find((r) => r.kind === 'reported' && r.id !== report.id)!;
    const refused = runCli(['review', other, '--accept', other2.id, ...ready, '--set', `progress_of=${report.id}`]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not a target');
  });

  it('edits a value and its unit, the checks holding them to the quote: a number the quote does not state is refused and undone', () => {
    const { dir: other, path } = workReportFolder();
    const fact = readReview(other, 'text')
      .proposals.map((p) => p.fact)
      .find((f) => f.value !== undefined && f.unit !== '')!;
    const ready = ['--set', 'metric.en=a figure', '--set', 'tags=rnd'];
    const before = readFileSync(path, 'utf8');
    const refused = runCli(['review', other, '--accept', fact.id, ...ready, '--set', 'value=98765']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('the quote does not state the number 98765');
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(editOf(fieldNamed('value')!, '3-5', folderNames(other))).toEqual({ value: { value_min: 3, value_max: 5 } });
    const kept = runCli(['review', other, '--accept', fact.id, ...ready, '--set', `value=${fact.value}`, '--set', `unit=${fact.unit}`]);
    expect(kept.err).toBe('');
    expect(kept.code).toBe(0);
  });

  it("writes a figure's own place, named in either script, and the bodies responsible; none clears both", () => {
    const { dir: other, path } = workReportFolder();
    const names = folderNames(other);
    const [place] = names.place;
    expect(place).toBeDefined();
    const chinese = place!.names.find((n) => /\p{Script=Han}/u.test(n))!;
    expect(editOf(fieldNamed('place')!, chinese, names)).toEqual({ place: place!.id });
    expect(editOf(fieldNamed('place')!, 'none', names)).toEqual({ place: null });
    expect(editOf(fieldNamed('responsible')!, '市科技局，市发展改革委', names)).toEqual({ responsible: ['市科技局', '市发展改革委'] });
    expect(editOf(fieldNamed('responsible')!, 'none', names)).toEqual({ responsible: null });
    const id = readReview(other, 'text').proposals[0]!.fact.id;
    const factOf = () =>
      (parse(readFileSync(path, 'utf8')) as { facts: { id: string; place?: string; responsible?: string[] }[] }).facts.find(
        (f) => f.id === id,
      )!;
    const set = runCli([
      'review',
      other,
      '--accept',
      id,
      '--set',
      'metric.en=a figure',
      '--set',
      'tags=rnd',
      '--set',
      `place=${chinese}`,
      '--set',
      'responsible=市科技局、市财政局',
    ]);
    expect(set.err).toBe('');
    expect(factOf()).toMatchObject({ place: place!.id, responsible: ['市科技局', '市财政局'] });
  });
});
