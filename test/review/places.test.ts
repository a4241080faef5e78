import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { placeEditOf, placeFieldNamed, PLACE_FIELDS } from '../../src/review/placeFields.js';
import { finishPlace, readPlaces, type FolderPlaces } from '../../src/review/places.js';
import type { PlaceInput } from '../../src/model/schema.js';
import { workReportFolder } from '../helpers.js';

/** Places as ingest proposes them: a Chinese name in every script, no parent, English name or code. */
const proposed = (id: string, name: string, level: string) => `- id: ${id}
  status: proposed
  level: ${level}
  note: 'Named by an ingest: give its short and English names, then remove "status: proposed".'
  name: { zh_hans: ${name}, zh_hant: ${name}, en: ${name} }
  short: { zh_hans: ${name}, zh_hant: ${name}, en: ${name} }
  aliases: []
`;

/** The work report's folder (Xi'an and Shaanxi in its places) with three proposed places written into its places.yaml. */
function folderWithProposals(): { dir: string; path: string } {
  const { dir } = workReportFolder();
  const path = join(dir, 'places.yaml');
  appendFileSync(
    path,
    proposed('xianyang', '咸阳市', 'city') +
      proposed('xian-hitech', '西安高新区', 'development-zone') +
      proposed('baoji-hitech', '宝鸡高新区', 'development-zone'),
  );
  return { dir, path };
}

const read = (dir: string): FolderPlaces => {
  const places = readPlaces(dir);
  if ('problem' in places) throw new Error(places.problem);
  return places;
};

const entries = (path: string) => parse(readFileSync(path, 'utf8')) as PlaceInput[];

describe('proposed places', () => {
  it('prefills a division from the gazetteer: names in both scripts and English, level, code and the parent the folder has', () => {
    const { dir } = folderWithProposals();
    const city = read(dir).proposed.find((p) => p.entry.id === 'xianyang')!;
    expect(city.place).toMatchObject({
      level: 'city',
      code: '610400',
      parent: 'shaanxi',
      name: { zh_hans: '咸阳市', zh_hant: '咸陽市', en: 'Xianyang' },
      short: { zh_hans: '咸阳', zh_hant: '咸陽', en: 'Xianyang' },
    });
    expect(city.adds).toEqual([]);
    expect(city.notes).toEqual([]);
  });

  it("prefills a zone's parent from the division its name begins with, and says when the folder lacks it", () => {
    const { dir } = folderWithProposals();
    const { proposed: list } = read(dir);
    const xian = list.find((p) => p.entry.id === 'xian-hitech')!;
    expect(xian.place).toMatchObject({ parent: 'xian', name: { zh_hant: '西安高新區', en: "Xi'an High-tech Zone" } });
    expect(xian.place.code).toBeUndefined();
    expect(xian.adds).toEqual([]);
    const baoji = list.find((p) => p.entry.id === 'baoji-hitech')!;
    expect(baoji.place.parent).toBe('baoji');
    expect(baoji.adds.map((a) => a.id)).toEqual(['baoji']);
    expect(baoji.notes.join()).toMatch(/its parent 宝鸡市 is not in places\.yaml: finishing adds baoji from the gazetteer/u);
  });

  it('finishes a place where it stands: status and the ingest note gone, every other line as written, and the folder valid', () => {
    const { dir, path } = folderWithProposals();
    const before = readFileSync(path, 'utf8');
    const outcome = finishPlace(dir, read(dir), 'baoji-hitech', { short: { en: 'Baoji Hi-tech Zone' } });
    expect(outcome).toHaveProperty('written');
    const after = readFileSync(path, 'utf8');
    const zone = entries(path).find((p) => p.id === 'baoji-hitech')!;
    expect(zone).toEqual({
      id: 'baoji-hitech',
      level: 'development-zone',
      parent: 'baoji',
      name: { zh_hans: '宝鸡高新区', zh_hant: '寶雞高新區', en: 'Baoji High-tech Zone' },
      short: { zh_hans: '宝鸡高新区', zh_hant: '寶雞高新區', en: 'Baoji Hi-tech Zone' },
      aliases: [],
    });
    expect(entries(path).find((p) => p.id === 'baoji')).toMatchObject({ parent: 'shaanxi', code: '610300' });
    // Every line before the finished place is as it was, the other proposals too.
    const start = before.indexOf('- id: baoji-hitech');
    expect(after.slice(0, start)).toBe(before.slice(0, start));
    expect(read(dir).proposed.map((p) => p.entry.id)).toEqual(['xianyang', 'xian-hitech']);
  });

  it('refuses an English name still in Chinese, with the field message, and writes nothing', () => {
    const { dir } = workReportFolder();
    appendFileSync(join(dir, 'places.yaml'), proposed('some-park', '某某科技园区', 'development-zone'));
    const before = readFileSync(join(dir, 'places.yaml'), 'utf8');
    expect(read(dir).proposed[0]!.notes).toEqual([
      "the gazetteer does not tell what 某某科技园区 is part of: give its parent, a place's id",
    ]);
    const outcome = finishPlace(dir, read(dir), 'some-park');
    expect(outcome).toEqual({
      problem: 'places.yaml: some-park: name.en: the English name is written in English, such as Xi\'an High-tech Zone, not "某某科技园区"',
    });
    expect(readFileSync(join(dir, 'places.yaml'), 'utf8')).toBe(before);
  });

  it("refuses what the dataset's checks refuse, with their message, and leaves the file as it was", () => {
    const { dir, path } = folderWithProposals();
    const before = readFileSync(path, 'utf8');
    const outcome = finishPlace(dir, read(dir), 'xian-hitech', { parent: 'nowhere' });
    expect('problem' in outcome && outcome.problem).toMatch(/^places\.yaml:\d+:\d+: .*nowhere/u);
    expect(readFileSync(path, 'utf8')).toBe(before);
    // A code another place has: said before, and refused.
    appendFileSync(path, proposed('xian-again', '西安市', 'city'));
    expect(read(dir).proposed.find((p) => p.entry.id === 'xian-again')!.notes).toEqual([
      '西安市 is the place "xian" of this folder already: name it by that id, or give this one no code',
    ]);
    const twice = finishPlace(dir, read(dir), 'xianyang', { code: '610100' });
    expect('problem' in twice && twice.problem).toMatch(/code: 610100 is also the code of place "xian"/u);
    expect(readFileSync(path, 'utf8')).toBe(before + proposed('xian-again', '西安市', 'city'));
  });

  it('writes nothing over a file changed on disk since it was read', () => {
    const { dir, path } = folderWithProposals();
    const places = read(dir);
    writeFileSync(path, `${readFileSync(path, 'utf8')}# a person's note\n`);
    const changed = readFileSync(path, 'utf8');
    expect(finishPlace(dir, places, 'xianyang')).toHaveProperty('conflict');
    expect(readFileSync(path, 'utf8')).toBe(changed);
  });

  it('refuses a place that is not proposed, or none', () => {
    const { dir } = folderWithProposals();
    expect(finishPlace(dir, read(dir), 'xian')).toEqual({ problem: 'places.yaml: "xian" is no proposed place: it was finished already' });
    expect(finishPlace(dir, read(dir), 'atlantis')).toEqual({ problem: 'places.yaml: no place "atlantis"' });
  });

  it('reads each field as the table says, with the field named in the message', () => {
    expect(placeEditOf(placeFieldNamed('code')!, '61010')).toMatch(/^code: a GB\/T 2260 code is six digits/u);
    expect(placeEditOf(placeFieldNamed('code')!, ' 610100 ')).toEqual({ code: '610100' });
    expect(placeEditOf(placeFieldNamed('name.zh_hant')!, 'Xian')).toMatch(/^name\.zh_hant: .*Chinese characters/u);
    expect(placeEditOf(placeFieldNamed('level')!, 'town')).toMatch(/^level: takes province, /u);
    expect(placeEditOf(placeFieldNamed('aliases')!, '高新区，西高新')).toEqual({ aliases: ['高新区', '西高新'] });
    expect(PLACE_FIELDS.map((f) => f.name)).toContain('short.en');
  });
});
