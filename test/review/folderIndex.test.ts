import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDataset, oneFolder } from '../../src/model/load.js';
import { acceptProposal, editProposal, rejectProposal, type Decided } from '../../src/review/decisions.js';
import { checkDocumentText } from '../../src/review/decisionCheck.js';
import { buildIndex } from '../../src/review/folderIndex.js';
import { readReview } from '../../src/review/session.js';
import { decide } from '../../src/review/write.js';
import { workReportFolder } from '../helpers.js';

/**
 * A decision's check by the folder's index finds what the full loader finds in the document
 * decided on: the same problems at the same places, for decisions that break each kind of rule.
 */
const P = (n: number) => `xian-work-report-2025-p${String(n).padStart(3, '0')}`;
const textOf = (decided: Decided) => {
  if ('problem' in decided) throw new Error(decided.problem);
  return decided.text;
};

let dir: string;
let path: string;
/** The document with p013, a target, accepted: a reported figure may then track it. */
let base: string;

/**
 * The loader's problems in the document were its text `next`, and the index's, each as a
 * decision meets them: the index built before the file is written, the checks after it (a
 * problem's place is read from the file); the file is then put back.
 */
function both(next: string, at = path) {
  const index = buildIndex(dir)!;
  const before = readFileSync(at);
  writeFileSync(at, next);
  const incremental = checkDocumentText(index, at, next, statSync(at, { bigint: true }));
  const result = loadDataset(oneFolder(dir, join(dir, 'seeds')));
  writeFileSync(at, before);
  const full = result.ok ? [] : result.problems.filter((p) => p.file.endsWith(relative(dir, at)));
  return { incremental, full };
}

beforeEach(() => {
  ({ dir, path } = workReportFolder());
  base = textOf(acceptProposal(readFileSync(path, 'utf8'), P(13)));
  writeFileSync(path, base);
});

describe("a decision checked by the folder's index", () => {
  it.each([
    ['an accepted fact with no English name', () => acceptProposal(base, P(11))],
    ['an accepted fact with no topic', () => acceptProposal(base, P(1), { tags: [] })],
    ['an accepted fact that measures no indicator and says not why', () => acceptProposal(base, P(12), { metricEn: 'rank' })],
    ['a link to a fact that is not there', () => acceptProposal(base, P(1), { progress_of: 'nowhere-p001' })],
    ['a link to a figure that is no target', () => editProposal(base, P(2), { progress_of: P(1) })],
    ['a link to a target of another indicator', () => editProposal(base, P(3), { progress_of: P(13) })],
    ['a fact accepted linked to a proposal', () => acceptProposal(base, P(2), { baseline_of: P(14) })],
    ['a baseline after the target it starts', () => editProposal(base, P(1), { baseline_of: P(13), year: 2026 })],
    ['a target that tracks a target', () => editProposal(base, P(1), { progress_of: P(13), kind: 'target' })],
    ['a number the quote does not state', () => editProposal(base, P(1), { value: { value: 7.5 } })],
  ])('finds what the loader finds: %s', (_, decision) => {
    const { incremental, full } = both(textOf(decision()));
    expect(full.length).toBeGreaterThan(0);
    expect(incremental).toEqual(full);
  });

  it('finds nothing where the loader finds nothing: a link made right, a proposal rejected', () => {
    for (const next of [
      textOf(acceptProposal(base, P(1), { progress_of: P(13) })),
      textOf(editProposal(base, P(2), { baseline_of: P(13) })),
      textOf(rejectProposal(base, P(4))),
    ]) {
      expect(both(next)).toEqual({ incremental: [], full: [] });
    }
  });

  it('finds the ids given twice in the folder, in the document that gives them second', () => {
    // A copy of the document under another id, before it in the folder's order: every fact id is given twice.
    const copy = join(dir, 'documents', 'a-copy.yaml');
    writeFileSync(copy, base.replace('id: xian-work-report-2025\n', 'id: a-copy\n'));
    try {
      const later = both(textOf(editProposal(base, P(2), { note: 'checked' })));
      expect(later.full.some((p) => p.message.startsWith(`duplicate fact id "${P(1)}" (also in`))).toBe(true);
      expect(later.incremental).toEqual(later.full);
      // In the copy, first in the folder, the same ids are no problem; a duplicate document id is.
      const first = both(readFileSync(copy, 'utf8').replace('id: a-copy\n', 'id: xian-work-report-2025\n'), copy);
      expect(first).toEqual({ incremental: [], full: [] });
      const second = both(base.replace('id: xian-work-report-2025\n', 'id: a-copy\n'));
      expect(second.full.some((p) => p.message.startsWith('duplicate document id "a-copy"'))).toBe(true);
      expect(second.incremental).toEqual(second.full);
    } finally {
      rmSync(copy);
    }
  });
});

describe('a decision that breaks a link of another document', () => {
  it('is found as the loader finds it, in the other document, and refused', () => {
    // A copy after the work report in the folder's order, one of whose proposals tracks the report's target p014.
    const other = join(dir, 'documents', 'b-copy.yaml');
    const copied = base.replaceAll('xian-work-report-2025', 'b-copy').replace('seed: b-copy.txt', 'seed: xian-work-report-2025.txt');
    writeFileSync(other, textOf(editProposal(copied, 'b-copy-p003', { progress_of: P(14) })));
    const inOther = () => {
      const result = loadDataset(oneFolder(dir, join(dir, 'seeds')));
      return result.ok ? [] : result.problems.filter((p) => p.file.endsWith('b-copy.yaml'));
    };
    expect(inOther()).toEqual([]);
    for (const next of [rejectProposal(base, P(14)), editProposal(base, P(14), { kind: 'reported' })]) {
      const index = buildIndex(dir)!;
      writeFileSync(path, textOf(next));
      const incremental = checkDocumentText(index, path, textOf(next), statSync(path, { bigint: true }));
      const full = inOther();
      writeFileSync(path, base);
      expect(full.length).toBeGreaterThan(0);
      expect(incremental).toEqual(full);
    }
    // A change to the target that breaks nothing stands.
    expect(both(textOf(editProposal(base, P(14), { note: 'checked' })))).toEqual({ incremental: [], full: [] });
    const review = readReview(dir);
    const file = review.documents.find((d) => d.id === 'xian-work-report-2025')!.file;
    expect(decide(dir, file, { type: 'reject', id: P(14) })).toEqual({
      problem: expect.stringMatching(/^documents\/b-copy\.yaml:\d+:\d+: progress_of: no fact "xian-work-report-2025-p014"$/u) as string,
    });
    expect(readFileSync(path, 'utf8')).toBe(base);
  });
});

describe('a decision when another file changed since the index was built', () => {
  it('is checked against the files as they now are', () => {
    const { dir: folder, path: doc } = workReportFolder();
    let review = readReview(folder);
    const fileOf = () => review.documents.find((d) => d.id === 'xian-work-report-2025')!.file;
    // The first decision indexes the folder.
    expect(decide(folder, fileOf(), { type: 'accept', id: P(13) })).toHaveProperty('written');
    review = readReview(folder);
    // A second document appears, giving the ids of the first before it.
    const copy = join(folder, 'documents', 'a-copy.yaml');
    writeFileSync(copy, readFileSync(doc, 'utf8').replace('id: xian-work-report-2025\n', 'id: a-copy\n'));
    const refused = decide(folder, fileOf(), { type: 'edit', id: P(2), edits: { note: 'checked' } });
    expect(refused).toMatchObject({ problem: expect.stringContaining(`duplicate fact id "${P(1)}" (also in`) as string });
    // The copy changed in place to give the target under another id: a link to it is then checked against that.
    writeFileSync(copy, readFileSync(copy, 'utf8').replace(/-p0/gu, '-c0'));
    expect(decide(folder, fileOf(), { type: 'edit', id: P(2), edits: { note: 'checked' } })).toHaveProperty('written');
    review = readReview(folder);
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('-c013', '-c099'));
    const dangling = decide(folder, fileOf(), { type: 'edit', id: P(3), edits: { progress_of: 'xian-work-report-2025-c013' } });
    expect(dangling).toMatchObject({ problem: expect.stringContaining('progress_of: no fact "xian-work-report-2025-c013"') as string });
  });
});
