import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { placeEditOf, placeFieldNamed } from '../../src/review/placeFields.js';
import { runCli, workReportFolder } from '../helpers.js';

const cli = (...args: string[]) => runCli(args);

/** The work report's folder with a zone ingest would propose: its Chinese name in every script, no parent, no English name. */
function folderWithZone(): { dir: string; path: string } {
  const { dir } = workReportFolder();
  const path = join(dir, 'places.yaml');
  appendFileSync(
    path,
    `- id: xian-hitech
  status: proposed
  level: development-zone
  note: 'Named by an ingest: give its short and English names, then remove "status: proposed".'
  name: { zh_hans: 西安高新区, zh_hant: 西安高新区, en: 西安高新区 }
  short: { zh_hans: 西安高新区, zh_hant: 西安高新区, en: 西安高新区 }
  aliases: []
`,
  );
  return { dir, path };
}

const placeOf = (path: string, id: string) => (parse(readFileSync(path, 'utf8')) as { id: string }[]).find((p) => p.id === id);

describe('review DIR --places and --place ID', () => {
  it('lists the proposed places with what the gazetteer fills in', () => {
    const { dir } = folderWithZone();
    const { code, out } = cli('review', dir, '--places');
    expect(code).toBe(0);
    expect(out).toMatch(/^1 proposed place:\nxian-hitech {2}development-zone {2}西安高新区\n/u);
    expect(out).toContain("  name.en       Xi'an High-tech Zone   (prefilled)\n");
    expect(out).toContain('  parent        xian   (prefilled)\n');
    expect(out).toContain(`  finish: policy-explorer review ${dir} --place xian-hitech [--set-place FIELD=VALUE]`);
  });

  it('finishes one with the prefill and the fields given, and the folder validates with it', () => {
    const { dir, path } = folderWithZone();
    const { code, out } = cli(
      'review',
      dir,
      '--place',
      'xian-hitech',
      '--set-place',
      'short.en=Xi’an Hi-tech Zone',
      '--set-place',
      'aliases=西高新',
    );
    expect({ code, out }).toEqual({ code: 0, out: "finished xian-hitech (西安高新区, Xi'an High-tech Zone) in places.yaml\n" });
    expect(placeOf(path, 'xian-hitech')).toEqual({
      id: 'xian-hitech',
      level: 'development-zone',
      parent: 'xian',
      name: { zh_hans: '西安高新区', zh_hant: '西安高新區', en: "Xi'an High-tech Zone" },
      short: { zh_hans: '西安高新区', zh_hant: '西安高新區', en: 'Xi’an Hi-tech Zone' },
      aliases: ['西高新'],
    });
    expect(cli('validate', dir).out).not.toContain('proposed place');
    expect(cli('review', dir, '--places').out).toBe('No proposed places in this folder.\n');
  });

  it('refuses a bad field with the message the place form gives, exit 2, and writes nothing', () => {
    const { dir, path } = folderWithZone();
    const before = readFileSync(path, 'utf8');
    const bad = cli('review', dir, '--place', 'xian-hitech', '--set-place', 'code=6101');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`--set-place ${placeEditOf(placeFieldNamed('code')!, '6101') as string}`);
    expect(cli('review', dir, '--place', 'xian-hitech', '--set-place', 'height=3').err).toMatch(
      /--set-place takes FIELD=VALUE, FIELD one of name\.zh_hans/u,
    );
    expect(cli('review', dir, '--set-place', 'name.en=X').code).toBe(2);
    expect(cli('review', dir, '--places', '--place', 'xian-hitech').code).toBe(2);
    expect(cli('review', dir, '--place', 'xian-hitech', '--accept', 'xian-work-report-2025-p001').code).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it("refuses, exit 1, what the dataset's checks refuse or a place that is not proposed, and writes nothing", () => {
    const { dir, path } = folderWithZone();
    const before = readFileSync(path, 'utf8');
    const nowhere = cli('review', dir, '--place', 'xian-hitech', '--set-place', 'parent=nowhere');
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toMatch(/^policy-explorer: places\.yaml:\d+:\d+: parent: no place "nowhere"\n$/u);
    expect(cli('review', dir, '--place', 'xian')).toMatchObject({
      code: 1,
      err: 'policy-explorer: places.yaml: "xian" is no proposed place: it was finished already\n',
    });
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
