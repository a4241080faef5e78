import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterDecision } from '../../src/review/afterDecision.js';
import { readReview, type Order, type Review } from '../../src/review/session.js';
import { decide, undo, type Decision, type Outcome } from '../../src/review/write.js';
import { workReportFolder } from '../helpers.js';

/**
 * The review brought up to date from the one document a decision wrote is the review read
 * whole from the folder again, whatever the decision came to.
 */
const P = (n: number) => `xian-work-report-2025-p${String(n).padStart(3, '0')}`;
const C = (n: number) => `a-copy-p${String(n).padStart(3, '0')}`;

/** The work report and a copy of it under other ids, before it in the folder's order. */
function twoDocuments() {
  const { dir, path } = workReportFolder();
  const copy = join(dir, 'documents', 'a-copy.yaml');
  writeFileSync(
    copy,
    readFileSync(path, 'utf8').replaceAll('xian-work-report-2025', 'a-copy').replace('seed: a-copy', 'seed: xian-work-report-2025'),
  );
  return { dir, path, copy };
}

describe('the review after a decision', () => {
  it.each<Order>(['confidence', 'text'])('is the folder read again, decision after decision (%s order)', (order) => {
    const { dir } = twoDocuments();
    let review = readReview(dir, order);
    expect(review.problems).toEqual([]);
    expect(review.documents).toHaveLength(2);
    const fileOf = (r: Review, id: string) =>
      r.documents.find((d) => r.proposals.some((p) => p.fact.id === id && p.document === d.id))!.file;
    const step = (id: string, decision: Decision): Outcome => {
      const outcome = decide(dir, fileOf(review, id), decision);
      review = afterDecision(review, outcome, order);
      expect(review).toEqual(readReview(dir, order));
      return outcome;
    };
    expect(step(P(13), { type: 'accept', id: P(13) })).toHaveProperty('written');
    expect(step(C(2), { type: 'edit', id: C(2), edits: { note: 'checked', year: 2023 } })).toHaveProperty('written');
    const rejected = step(P(4), { type: 'reject', id: P(4), why: 'a list' });
    expect(rejected).toHaveProperty('written');
    // A decision refused leaves the file, and the review, as they were.
    expect(step(P(11), { type: 'accept', id: P(11) })).toHaveProperty('problem');
    const undone = undo(dir, rejected as Extract<Outcome, { written: unknown }>);
    review = afterDecision(review, undone, order);
    expect(review).toEqual(readReview(dir, order));
    expect(review.proposals.some((p) => p.fact.id === P(4))).toBe(true);
    expect(step(C(1), { type: 'accept-all', except: [C(11), C(12)] })).toHaveProperty('written');
    expect(
      review.proposals
        .filter((p) => p.document === 'a-copy')
        .map((p) => p.fact.id)
        .sort(),
    ).toEqual([C(11), C(12)]);
  });

  it('reads the folder again after a file changed on disk', () => {
    const { dir, path, copy } = twoDocuments();
    const review = readReview(dir);
    appendFileSync(path, '# a comment written meanwhile\n');
    // The other document changed too: a re-read sees it, as the one decided on.
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('status: proposed', 'status: proposed  # looked at'));
    const file = review.documents.find((d) => d.id === 'xian-work-report-2025')!.file;
    const outcome = decide(dir, file, { type: 'accept', id: P(13) });
    expect(outcome).toHaveProperty('conflict');
    const after = afterDecision(review, outcome, 'confidence');
    expect(after).toEqual(readReview(dir));
    expect(after).not.toEqual(review);
  });

  it('is as it was after a decision refused, but read again when the file holds a decision it could not take back', () => {
    const { dir, path } = twoDocuments();
    const review = readReview(dir);
    // What a decision that could not be taken back leaves: the file holds it.
    const file = review.documents.find((d) => d.id === 'xian-work-report-2025')!.file;
    writeFileSync(path, `${file.text}# decided\n`);
    expect(afterDecision(review, { problem: 'refused' }, 'confidence')).toBe(review);
    const held = afterDecision(review, { problem: 'refused; it holds the decision', held: true }, 'confidence');
    expect(held).toEqual(readReview(dir));
    expect(held.documents.find((d) => d.id === 'xian-work-report-2025')!.file.text).toBe(`${file.text}# decided\n`);
  });
});
