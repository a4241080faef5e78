import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportedFact } from '../../src/cite/exportShape.js';
import { runCli, temporaryFolder, userFolder } from '../helpers.js';

/** A command line with its own cache folder, so that snapshots are made and read. */
const cli = (cache: string, ...args: string[]) => runCli(args, { env: { ...process.env, XDG_CACHE_HOME: cache } });

const facts = (out: string): ExportedFact[] => (JSON.parse(out) as { facts: ExportedFact[] }).facts;

describe('--data, given once or more, and --include-proposed', () => {
  it('exports a folder’s proposals only when asked, each with its status', () => {
    const dir = userFolder();
    const cache = temporaryFolder();
    const plain = facts(cli(cache, 'export', '--data', dir).out);
    expect(plain.every((f) => f.status === 'accepted' && f.confidence === null)).toBe(true);
    expect(plain.some((f) => f.id === 'mine-plan-p001')).toBe(false);

    // The same folder with proposals is another dataset, with its own snapshot: asked twice, the answers differ.
    for (let i = 0; i < 2; i++) {
      const all = facts(cli(cache, 'export', '--data', dir, '--include-proposed').out);
      expect(all).toHaveLength(plain.length + 1);
      expect(all.find((f) => f.id === 'mine-plan-p001')).toMatchObject({ status: 'proposed', confidence: 0.6, metric_en: null });
      expect(facts(cli(cache, 'export', '--data', dir).out)).toHaveLength(plain.length);
    }
  });

  it('combines the bundled data with a folder of one’s own, and the snapshot of one combination is not another’s', () => {
    const dir = userFolder();
    const cache = temporaryFolder();
    const bundled = facts(cli(cache, 'export').out);
    const mine = facts(cli(cache, 'export', '--data', dir).out);
    for (let i = 0; i < 2; i++) {
      const both = facts(cli(cache, 'export', '--data', 'bundled', '--data', dir).out);
      expect(both).toHaveLength(bundled.length + mine.length);
      const reversed = facts(cli(cache, 'export', '--data', dir, '--data', 'bundled').out);
      expect(reversed.map((f) => f.id).sort()).toEqual(both.map((f) => f.id).sort());
    }
    const compared = cli(cache, 'compare', 'high-tech-enterprises', '--format', 'csv', '--data', 'bundled', '--data', dir);
    expect(compared.code).toBe(0);
    expect(compared.out).toContain('mine-2023-hitech-count');
  });

  it('validate counts the proposals apart from problems, and exits 0', () => {
    const dir = userFolder();
    const cache = temporaryFolder();
    const { code, out, err } = cli(cache, 'validate', dir);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toMatch(/^ok: 1 documents, 35 facts/u);
    expect(out).toContain('to review: 1 proposed figure, not in the dataset until accepted:\n  mine-plan: 1\n');
    expect(cli(cache, 'validate').out).not.toContain('to review');
  });

  it('reads a folder named twice (as X and X/, or through a link to it) once', () => {
    const dir = userFolder();
    const link = join(temporaryFolder(), 'link');
    symlinkSync(dir, link);
    const cache = temporaryFolder();
    const once = facts(cli(cache, 'export', '--data', dir).out);
    for (const twice of [
      ['--data', dir, '--data', `${dir}/`],
      ['--data', dir, '--data', link],
    ]) {
      const exported = cli(cache, 'export', ...twice);
      expect({ code: exported.code, err: exported.err }).toEqual({ code: 0, err: '' });
      expect(facts(exported.out)).toEqual(once);
      expect(cli(cache, 'validate', ...twice)).toMatchObject({
        code: 0,
        err: '',
        out: expect.stringMatching(/^ok: 1 documents, 35 facts/u),
      });
    }
    // --seeds names the texts of one folder, and a folder named twice is one.
    expect(cli(cache, 'export', '--data', dir, '--data', link, '--seeds', join(dir, 'seeds')).code).toBe(0);
    expect(cli(cache, 'validate', link, '--data', dir)).toMatchObject({ code: 0, err: '' });
  });

  it('refuses --seeds with several folders, since it could name the texts of only one', () => {
    const dir = userFolder();
    const { code, err } = cli(temporaryFolder(), 'export', '--data', 'bundled', '--data', dir, '--seeds', dir);
    expect(code).toBe(2);
    expect(err).toMatch(/--seeds names the raw texts of one folder/u);
  });
});
