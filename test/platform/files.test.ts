import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFile, privateDir, replaceFile, replaceUnchanged, stage, writeNewFile } from '../../src/platform/files.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'pe-files-'));
  dirs.push(d);
  return d;
}
const mode = (path: string) => lstatSync(path).mode & 0o777;
const isRoot = process.getuid?.() === 0;

describe('the private folder', () => {
  it('is policy-explorer/ under XDG_STATE_HOME, made 0700', () => {
    const state = folder();
    expect(privateDir({ XDG_STATE_HOME: state })).toBe(join(state, 'policy-explorer'));
    expect(mode(join(state, 'policy-explorer'))).toBe(0o700);
  });

  it('closes a folder of ours that others could enter', () => {
    const state = folder();
    mkdirSync(join(state, 'policy-explorer'), { mode: 0o755 });
    chmodSync(join(state, 'policy-explorer'), 0o777);
    privateDir({ XDG_STATE_HOME: state });
    expect(mode(join(state, 'policy-explorer'))).toBe(0o700);
  });

  it('passes over a planted symbolic link, and a folder someone else made, for the next candidate', () => {
    const state = folder();
    const runtime = folder();
    symlinkSync(folder(), join(state, 'policy-explorer'));
    expect(privateDir({ XDG_STATE_HOME: state, XDG_RUNTIME_DIR: runtime })).toBe(join(runtime, 'policy-explorer'));
  });

  it.runIf(isRoot)('passes over a folder owned by another user (as root, the test can make one)', () => {
    const state = folder();
    mkdirSync(join(state, 'policy-explorer'), { mode: 0o700 });
    chownSync(join(state, 'policy-explorer'), 4321, 4321);
    const tmp = folder();
    const chosen = privateDir({ XDG_STATE_HOME: state, TMPDIR: tmp });
    expect(chosen.startsWith(join(tmp, 'policy-explorer-'))).toBe(true);
    expect(mode(chosen)).toBe(0o700);
  });

  it('says why when no candidate will do', () => {
    const file = join(folder(), 'not-a-folder');
    writeFileSync(file, '');
    expect(() => privateDir({ XDG_STATE_HOME: file, TMPDIR: file })).toThrow(/no private folder to save to \(.*ENOTDIR/u);
  });
});

describe('a new file', () => {
  it('is written whole with mode 0600, and leaves no temporary file', () => {
    const dir = folder();
    const path = writeNewFile(dir, 'copied.txt', '高新技術企業1729家');
    expect(readFileSync(path, 'utf8')).toBe('高新技術企業1729家');
    expect(mode(path)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['copied.txt']);
  });

  it('replaces a link planted under its name rather than writing through it', () => {
    const dir = folder();
    const victim = join(folder(), 'victim');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'copied.txt'));
    writeNewFile(dir, 'copied.txt', 'citation');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, 'copied.txt')).isSymbolicLink()).toBe(false);
  });
});

describe('a replaced file', () => {
  it('keeps its mode, and leaves no temporary file', () => {
    const dir = folder();
    const path = join(dir, 'doc.yaml');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o640);
    replaceFile(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(mode(path)).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['doc.yaml']);
  });

  it('is refused when a person made it read-only, even for root, and stays as it was', () => {
    const dir = folder();
    const path = join(dir, 'doc.yaml');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o444);
    expect(() => replaceFile(path, 'new\n')).toThrow(/read-only \(mode 0444\).*chmod u\+w/u);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['doc.yaml']);
  });

  it('is replaced only if it still holds what was read, else left as another program wrote it', () => {
    const dir = folder();
    const path = join(dir, 'config.yaml');
    writeFileSync(path, 'lang: zh\n');
    expect(replaceFile(path, 'lang: en\n', Buffer.from('lang: zh\n'))).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('lang: en\n');
    expect(replaceFile(path, 'order: year\n', Buffer.from('lang: zh\n'))).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('lang: en\n');
    expect(readdirSync(dir)).toEqual(['config.yaml']);
  });

  it('is not made when none was read but one is there now, nor kept when one was read but is gone', () => {
    const dir = folder();
    const path = join(dir, 'config.yaml');
    writeFileSync(path, 'lang: zh\n');
    expect(replaceFile(path, 'lang: en\n', null)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('lang: zh\n');
    rmSync(path);
    expect(replaceFile(path, 'lang: en\n', Buffer.from('lang: zh\n'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(replaceFile(path, 'lang: en\n', null)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('lang: en\n');
  });
});

describe('a file created only where none is', () => {
  it('is written whole the first time, and refused, changing nothing, once the name is taken', () => {
    const dir = folder();
    const path = join(dir, 'a.txt');
    expect(createFile(path, 'first')).toBe(true);
    expect(createFile(path, 'second')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('a file replaced only when unchanged', () => {
  it('is replaced when it still holds what was read, and left as it is when someone changed it since', () => {
    const dir = folder();
    const path = join(dir, 'doc.yaml');
    writeFileSync(path, 'read\n');
    writeFileSync(path, 'edited by a person\n');
    expect(replaceUnchanged(path, 'read\n', 'merged\n')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('edited by a person\n');
    expect(replaceUnchanged(path, 'edited by a person\n', 'merged\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('merged\n');
    expect(readdirSync(dir)).toEqual(['doc.yaml']);
  });
});

describe('a staged file put in place of another', () => {
  it('takes its place in its mode when it still holds what was read, and leaves it as it is otherwise', () => {
    const dir = folder();
    const path = join(dir, 'doc.yaml');
    writeFileSync(path, 'read\n');
    chmodSync(path, 0o640);
    expect(stage(path, 'merged\n').replace('read\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('merged\n');
    expect(mode(path)).toBe(0o640);
    writeFileSync(path, 'edited by a person\n');
    expect(stage(path, 'again\n').replace('merged\n')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('edited by a person\n');
    chmodSync(path, 0o444);
    expect(() => stage(path, 'again\n').replace('edited by a person\n')).toThrow(/read-only/u);
    expect(readdirSync(dir)).toEqual(['doc.yaml']);
  });
});
