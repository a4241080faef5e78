import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readReview } from '../../src/review/session.js';
import { lineText } from '../../src/ui/text/lines.js';
import { initialReview } from '../../src/ui/review/reviewState.js';
import { reviewLines } from '../../src/ui/review/view.js';
import { displayWidth } from '../../src/ui/text/text.js';
import { temporaryFolder, workReportFolder } from '../helpers.js';
import { drive, driveReview } from './drive.js';

/**
 * The review screen when the file system refuses it after it opened: each fault is a message
 * on the screen, which goes on taking keys. Faults a root user cannot be dealt by chmod are
 * made by the file system functions the review calls, as the loader's tests make them.
 */
const faults = vi.hoisted(() => new Map<string, { code: string; errno: number; what: string }>());

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fail = (syscall: string, path: string) => {
    const fault = faults.get(`${syscall} ${path}`);
    if (fault) throw Object.assign(new Error(`${fault.code}: ${fault.what}, ${syscall} '${path}'`), { ...fault, syscall, path });
  };
  return {
    ...fs,
    openSync: (path: string, ...rest: [number]) => (fail('open', String(path)), fs.openSync(path, ...rest)),
    // A rename fails for where it goes: the temporary file's name is new each time.
    renameSync: (from: string, to: string) => (fail('rename', String(to)), fs.renameSync(from, to)),
  };
});

let app: Awaited<ReturnType<typeof drive>> | undefined;
afterEach(() => {
  app?.unmount();
  faults.clear();
});

/** The work report's folder on the review screen, and a copy of its document to put back. */
async function reviewing(columns = 120, rows = 32) {
  const { dir, path } = workReportFolder();
  const saved = join(temporaryFolder(), 'saved.yaml');
  copyFileSync(path, saved);
  const review = readReview(dir, 'confidence');
  app = await driveReview(review, columns, rows);
  await app.waitFor('0/17 reviewed');
  const putBack = () => {
    rmSync(path, { recursive: true, force: true });
    copyFileSync(saved, path);
  };
  return { dir, path, putBack };
}

/** The screen's text with every break and pad taken out: a message wrapped over lines reads whole in it. */
const squashed = (text: string) => text.replace(/\s+/gu, '');

/** The screen goes on: the folder read again with o, a proposal decided with x (and q still quits). */
async function goesOn() {
  await app!.press('o');
  await app!.waitFor(/0\/17 reviewed {2}· {2}proposal \d+ of 17 {2}· {2}in text order/u);
  await app!.press('x');
  await app!.waitFor('1/17 reviewed');
  await app!.pressToExit('q');
}

describe('the review screen through a fault', () => {
  it('the document removed after it opened: a says why, and the screen goes on', async () => {
    const { path, putBack } = await reviewing();
    rmSync(path);
    await app!.press('a');
    await app!.waitFor('documents/xian-work-report-2025.yaml cannot be read (ENOENT: no such file or directory): nothing was written');
    putBack();
    await goesOn();
  });

  it('the document replaced by a folder: a says why, the folder is named with what to do, and the screen goes on', async () => {
    const { path, putBack } = await reviewing();
    rmSync(path);
    mkdirSync(path);
    await app!.press('a');
    await app!.waitFor('documents/xian-work-report-2025.yaml is not a regular file (it is a folder): nothing was written');
    expect(squashed(app!.frame())).toContain(
      squashed(
        'documents/xian-work-report-2025.yaml is not a regular file (it is a folder): make it a document file you can read, or move it out of documents/',
      ),
    );
    putBack();
    await goesOn();
  });

  it('a document made read-only: a is refused, the whole reason shown at 40 columns, the file unchanged', async () => {
    const { path } = await reviewing(40, 16);
    chmodSync(path, 0o444);
    const before = readFileSync(path, 'utf8');
    await app!.press('a');
    await app!.waitFor('not written:');
    // Wrapped, not cut: every word of why is on the screen, and no line is wider than it.
    expect(squashed(app!.frame())).toContain(
      squashed(`not written: ${path} is read-only (mode 0444): make it writable (chmod u+w) to change it`),
    );
    for (const line of app!.lines()) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    expect(readFileSync(path, 'utf8')).toBe(before);
    chmodSync(path, 0o644);
    // The message goes with the next key; the decision can be made again.
    await app!.press('j', 'k', 'a');
    await app!.waitFor('1/17 reviewed');
  });

  it('the disk failing as the document is written: a says why, nothing changed, and the screen goes on', async () => {
    const { path } = await reviewing();
    const before = readFileSync(path, 'utf8');
    faults.set(`rename ${path}`, { code: 'EIO', errno: -5, what: 'i/o error' });
    await app!.press('a');
    await app!.waitFor('not written: documents/xian-work-report-2025.yaml cannot be written (EIO: i/o error): nothing was written');
    expect(readFileSync(path, 'utf8')).toBe(before);
    faults.clear();
    await goesOn();
  });

  it('the document no longer readable: a says why, and the document is named with what to do', async () => {
    const { path } = await reviewing();
    faults.set(`open ${path}`, { code: 'EACCES', errno: -13, what: 'permission denied' });
    await app!.press('a');
    await app!.waitFor('cannot be read (EACCES: permission denied): nothing was written');
    expect(squashed(app!.frame())).toContain(squashed('make it a document file you can read, or move it out of documents/'));
    faults.clear();
    await goesOn();
  });

  it('a document whose raw text is missing is named beside the proposals that can be reviewed', async () => {
    const { dir, path } = workReportFolder();
    const other = readFileSync(path, 'utf8')
      .replace('seed: xian-work-report-2025.txt', 'seed: elsewhere.txt')
      .replace('id: xian-work-report-2025\n', 'id: other\n');
    writeFileSync(join(dir, 'documents', 'other.yaml'), other);
    const review = readReview(dir, 'confidence');
    app = await driveReview(review, 120, 32);
    await app.waitFor('0/17 reviewed  ·  proposal 1 of 17');
    const frame = squashed(app.frame());
    expect(frame).toContain(squashed('documents/other.yaml:'));
    expect(frame).toContain(
      squashed(`seed: no file elsewhere.txt in ${join(dir, 'seeds')}: put the raw text it was read from there to review it`),
    );
  });
});

describe('documents that cannot be reviewed, more than the screen holds', () => {
  it('are listed as far as they fit, and the rest counted with where to read why', () => {
    const problems = Array.from({ length: 10 }, (_, i) => `documents/d${i}.yaml:1:1: is empty`);
    const state = initialReview({ dir: 'mine', documents: [], proposals: [], problems }, 'confidence');
    const { body } = reviewLines(state, 100, 10);
    expect(body.map(lineText)).toEqual([
      ...problems.slice(0, 7),
      '3 more documents cannot be reviewed: policy-explorer validate mine says why',
    ]);
  });
});
