import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE } from '../src/usage.js';
import { PACKAGE_ROOT } from '../src/paths.js';

const DIST = join(PACKAGE_ROOT, 'dist');
const PKG = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  version: string;
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

describe('the built command line', () => {
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
    expect(node(PACKAGE_ROOT, [cli, 'validate', '-h'])).toEqual({ code: 0, out: USAGE, err: '' });
  });
});
