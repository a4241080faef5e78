import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readReview } from '../../src/review/session.js';
import { runCli } from '../helpers.js';
import { linkFolder } from '../review/linkFolder.js';
import { drive, driveReview, KEY } from './drive.js';

let app: Awaited<ReturnType<typeof drive>> | undefined;
afterEach(() => app?.unmount());

const progressOf = (path: string, id: string) =>
  (parse(readFileSync(path, 'utf8')).facts as { id: string; progress_of?: string }[]).find((f) => f.id === id)!.progress_of;

/** The review of a folder whose least sure proposal is a target, with a report of it in another document. */
async function reviewing() {
  const folder = linkFolder({ proposedTarget: true });
  app = await driveReview(readReview(folder.dir, 'confidence'), 120, 32);
  await app.waitFor('proposal 1 of 3');
  expect(app.frame()).toContain('1500 家   target 2025');
  return { ...folder, before: readFileSync(folder.summary, 'utf8') };
}

describe('links on the review screen', () => {
  it('lists the figures that may report on the target, links the one under the cursor with Enter, and u takes it back', async () => {
    const { dir, summary, before } = await reviewing();
    await app!.press('l');
    await app!.waitFor('Links of plan-2025-target');
    const frame = app!.frame();
    expect(frame).toContain('▸ summary-p001  reported 2025  1,460 家  summary  高新技术企业总数');
    expect(frame).toContain('summary-p001 reports on plan-2025-target (progress_of): same indicator high-tech-enterprises');
    expect(frame).toContain('  plan-2023-count  reported 2023  1,320 家  plan');
    expect(frame).toContain('Enter link');
    await app!.press(KEY.enter);
    await app!.waitFor('linked: summary-p001 reports on plan-2025-target (progress_of)');
    expect(progressOf(summary, 'summary-p001')).toBe('plan-2025-target');
    // The overlay closed on the proposal it was opened for.
    expect(app!.frame()).toContain('proposal 1 of 3');
    expect(app!.frame()).not.toContain('Links of');
    expect(runCli(['progress', '--data', dir, '--include-proposed']).out).toContain(
      'target 1,500 家 · reported 1,460 家 (2025) · 97.3% of the target · 40 家 to go · behind · missed, due 2025  [plan-2025-target]',
    );
    await app!.press('u');
    await app!.waitFor('undone');
    expect(readFileSync(summary, 'utf8')).toBe(before);
  });

  it('says why the rules refuse a link and keeps the list open; Esc closes it', async () => {
    const { plan, summary, before } = await reviewing();
    const planBefore = readFileSync(plan, 'utf8');
    await app!.press('l');
    await app!.waitFor('Links of plan-2025-target');
    await app!.press('j');
    await app!.waitFor('▸ plan-2023-count');
    await app!.press(KEY.enter);
    await app!.waitFor('not linked: "plan-2025-target" is a proposal and "plan-2023-count" a fact: accept the target first');
    expect(app!.frame()).toContain('Links of plan-2025-target');
    await app!.press(KEY.escape);
    await app!.waitFor('proposal 1 of 3');
    expect(app!.frame()).not.toContain('Links of');
    expect([readFileSync(plan, 'utf8'), readFileSync(summary, 'utf8')]).toEqual([planBefore, before]);
  });

  it('says when no figure may be linked', async () => {
    await reviewing();
    await app!.press('j');
    await app!.waitFor('proposal 2 of 3');
    await app!.press('l');
    await app!.waitFor('No figure of this folder may report on it or be its baseline');
  });
});
