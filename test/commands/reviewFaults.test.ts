import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runReview } from '../../src/ui/review/run.js';
import { runCli, temporaryFolder, workReportFolder } from '../helpers.js';

/**
 * The review on the command line when the file system refuses it: each fault is one line on
 * stderr that names the file and says what to do, exit 1, and no file changed. The faults a
 * root user cannot be dealt by chmod (a file that may not be read, a disk that fails) are
 * made by the file system functions the review calls, as the loader's tests make them.
 */
const faults = vi.hoisted(() => new Map<string, { code: string; errno: number; what: string; pass?: number }>());
/** Where a fault is: the system call and the path it fails for. */
const at = (syscall: 'scandir' | 'open' | 'rename', path: string) => `${syscall} ${path}`;

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fail = (syscall: string, path: string) => {
    const fault = faults.get(`${syscall} ${path}`);
    if (!fault) return;
    // A fault may let the first calls through, to fail a later one.
    if (fault.pass) {
      fault.pass--;
      return;
    }
    const { code, errno, what } = fault;
    throw Object.assign(new Error(`${code}: ${what}, ${syscall} '${path}'`), { code, errno, syscall, path });
  };
  return {
    ...fs,
    readdirSync: (path: string, ...rest: []) => (fail('scandir', String(path)), fs.readdirSync(path, ...rest)),
    openSync: (path: string, ...rest: [number]) => (fail('open', String(path)), fs.openSync(path, ...rest)),
    // A rename fails for where it goes: the temporary file's name is new each time.
    renameSync: (from: string, to: string) => (fail('rename', String(to)), fs.renameSync(from, to)),
  };
});
afterEach(() => faults.clear());

const EACCES = { code: 'EACCES', errno: -13, what: 'permission denied' };
const EIO = { code: 'EIO', errno: -5, what: 'i/o error' };

const review = (...args: string[]) => runCli(['review', ...args]);
const factsOf = (path: string) => (parse(readFileSync(path, 'utf8')) as { facts: { id: string; status?: string }[] }).facts;
const DOCUMENT = 'xian-work-report-2025';
const ACCEPTABLE = `${DOCUMENT}-p001`;

/** What a run must never be: a stack trace, an internal error, or more than one line for one fault. */
function oneLine(err: string): string {
  expect(err).not.toMatch(/internal error|\n\s+at /u);
  expect(err.trimEnd().split('\n')).toHaveLength(1);
  return err.trimEnd();
}

describe('review of a folder it cannot read', () => {
  it.each([
    [
      'a folder that is not there',
      (dir: string) => join(dir, 'gone'),
      /^policy-explorer: no folder \S+gone: give the folder ingest wrote into/u,
    ],
    [
      'a path that is a file',
      (dir: string) => join(dir, 'places.yaml'),
      /places\.yaml is not a folder: give the folder ingest wrote into \(policy-explorer ingest FILE --into DIR\)$/u,
    ],
    [
      'a folder without documents/',
      (dir: string) => (rmSync(join(dir, 'documents'), { recursive: true }), dir),
      /has no documents\/ folder/u,
    ],
  ])('%s: one line, exit 1', (_, path, says) => {
    const { dir } = workReportFolder();
    const { code, out, err } = review(path(dir));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(oneLine(err)).toMatch(says);
  });

  it('a documents/ folder that may not be read', () => {
    const { dir } = workReportFolder();
    faults.set(at('scandir', join(dir, 'documents')), EACCES);
    const { code, err } = review(dir);
    expect(code).toBe(1);
    expect(oneLine(err)).toBe(
      `policy-explorer: ${join(dir, 'documents')} cannot be read (EACCES: permission denied): make it a folder you can read, then review again`,
    );
  });

  it.each([
    ['may not be read', (path: string) => void faults.set(at('open', path), EACCES), 'cannot be read (EACCES: permission denied)'],
    ['is a folder', (path: string) => (rmSync(path), mkdirSync(path)), 'is not a regular file (it is a folder)'],
    // Read as a file, a FIFO would wait for a writer forever.
    ['is a FIFO', (path: string) => (rmSync(path), spawnSync('mkfifo', [path])), 'is not a regular file (it is a FIFO)'],
  ])('a document that %s is named, with what to do, and not counted as nothing to review', (_, fault, says) => {
    const { dir, path } = workReportFolder();
    fault(path);
    const { code, out, err } = review(dir);
    expect(code).toBe(1);
    expect(out).not.toMatch(/reviewed/u);
    expect(oneLine(err)).toBe(
      `policy-explorer: documents/${DOCUMENT}.yaml ${says}: make it a document file you can read, or move it out of documents/`,
    );
  });

  it('a document whose raw text is missing says which text, where, and what to do', () => {
    const { dir } = workReportFolder();
    rmSync(join(dir, 'seeds', `${DOCUMENT}.txt`));
    const { code, out, err } = review(dir);
    expect(code).toBe(1);
    expect(out).not.toContain('0/0 reviewed');
    expect(oneLine(err)).toBe(
      `policy-explorer: documents/${DOCUMENT}.yaml:5:7: seed: no file ${DOCUMENT}.txt in ${join(dir, 'seeds')}: put the raw text it was read from there to review it`,
    );
  });

  it('a recipe that no longer fits its raw text is said at the recipe, as validate says it', () => {
    const { dir, path } = workReportFolder();
    writeFileSync(path, readFileSync(path, 'utf8').replace('start: 西安市2025年政府工作', 'start: 不在文中'));
    const validated = /:(\d+:\d+: recipe\.start: .*)$/mu.exec(runCli(['validate', dir]).err)?.[1];
    expect(validated).toMatch(/^\d+:\d+: recipe\.start: no line of the seed starts with "不在文中"$/u);
    const { code, out, err } = review(dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(oneLine(err)).toBe(`policy-explorer: documents/${DOCUMENT}.yaml:${validated}`);
  });

  it('a document beside one that cannot be read: its proposals are listed, the other said, exit 1', () => {
    const { dir, path } = workReportFolder();
    const other = readFileSync(path, 'utf8')
      .replace(`seed: ${DOCUMENT}.txt`, 'seed: elsewhere.txt')
      .replace(`id: ${DOCUMENT}\n`, 'id: other\n');
    writeFileSync(join(dir, 'documents', 'other.yaml'), other);
    const { code, out, err } = review(dir);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe('0/17 reviewed; 17 to go, least sure first:');
    expect(oneLine(err)).toMatch(/^policy-explorer: documents\/other\.yaml:\d+:\d+: seed: no file elsewhere\.txt in /u);
  });

  it('a duplicate key is the YAML problem it is, at its line, as validate says it', () => {
    const { dir, path } = workReportFolder();
    const text = readFileSync(path, 'utf8');
    const where = text.indexOf('    confidence: ');
    writeFileSync(path, `${text.slice(0, where)}    kind: reported\n${text.slice(where)}`);
    const validated = /:(\d+:\d+: YAML: .*)$/mu.exec(runCli(['validate', dir]).err)?.[1];
    expect(validated).toMatch(/^\d+:5: YAML: Map keys must be unique$/u);
    for (const args of [[dir], [dir, '--accept', ACCEPTABLE]]) {
      const { code, err } = review(...args);
      expect(code).toBe(1);
      expect(oneLine(err)).toBe(`policy-explorer: documents/${DOCUMENT}.yaml:${validated}`);
    }
  });
});

describe('a decision the file system refuses', () => {
  /** The document's bytes and the folder's names, which a refused decision leaves as they were. */
  const state = (dir: string, path: string) => ({ text: readFileSync(path, 'utf8'), names: readdirSync(join(dir, 'documents')) });

  it('a read-only document is refused and unchanged, in one line', () => {
    const { dir, path } = workReportFolder();
    chmodSync(path, 0o444);
    const before = state(dir, path);
    const { code, err } = review(dir, '--accept', ACCEPTABLE);
    expect(code).toBe(1);
    expect(oneLine(err)).toBe(`policy-explorer: ${path} is read-only (mode 0444): make it writable (chmod u+w) to change it`);
    expect(state(dir, path)).toEqual(before);
  });

  it('the disk fails as it is renamed into place: one line, exit 1, nothing changed, no file left behind', () => {
    const { dir, path } = workReportFolder();
    const before = state(dir, path);
    faults.set(at('rename', path), EIO);
    const { code, err } = review(dir, '--accept', ACCEPTABLE);
    expect(code).toBe(1);
    expect(oneLine(err)).toBe(`policy-explorer: documents/${DOCUMENT}.yaml cannot be written (EIO: i/o error): nothing was written`);
    expect(state(dir, path)).toEqual(before);
  });

  it('a decision that leaves a problem and cannot be taken back says both, and the file holds the decision whole', () => {
    const { dir, path } = workReportFolder();
    // The decision is written, found to leave a problem (no English name), and the disk fails as it is undone.
    faults.set(at('rename', path), { ...EIO, pass: 1 });
    const { code, err } = review(dir, '--accept', `${DOCUMENT}-p011`);
    expect(code).toBe(1);
    expect(oneLine(err)).toMatch(
      new RegExp(
        `^policy-explorer: documents/${DOCUMENT}\\.yaml:\\d+:\\d+: facts\\[\\d+\\]\\.metric\\.en: missing .*; and it could not be put back as it was \\(EIO: i/o error\\): it holds the decision$`,
        'u',
      ),
    );
    faults.clear();
    expect(factsOf(path).find((f) => f.id === `${DOCUMENT}-p011`)).not.toHaveProperty('status');
    expect(readdirSync(join(dir, 'documents'))).toEqual([`${DOCUMENT}.yaml`]);
  });

  it('the screen is not opened for a folder it cannot read: one line, exit 1', async () => {
    const dir = join(temporaryFolder(), 'gone');
    let err = '';
    expect(await runReview({ dir, order: 'confidence', lang: 'en' }, (text) => (err += text))).toBe(1);
    expect(oneLine(err)).toMatch(/^policy-explorer: no folder \S+gone: /u);
  });
});
