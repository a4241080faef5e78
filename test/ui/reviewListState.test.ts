import { describe, expect, it } from 'vitest';
import { readReview } from '../../src/review/session.js';
import { shownFigures } from '../../src/ui/review/list.js';
import { initialReview, reviewMode, type ReviewState } from '../../src/ui/review/reviewState.js';
import { reviewType, reviewUpdate } from '../../src/ui/review/state.js';
import type { Command } from '../../src/ui/keys/words.js';
import { workReportFolder } from '../helpers.js';

/** The review's state after these commands, the effects of the last. */
function after(state: ReviewState, ...commands: Command[]) {
  let s = state;
  let effects: ReturnType<typeof reviewUpdate>['effects'] = [];
  for (const c of commands) ({ state: s, effects } = reviewUpdate(s, c));
  return { state: s, effects };
}

describe("the list's state", () => {
  it('leaves the proposals skipped out of accepting all, unless the list shows them by name', () => {
    const { dir } = workReportFolder();
    const start = initialReview(readReview(dir), 'confidence');
    const skipped = start.current!;
    const { state: listed } = after(start, 'skip', 'folderList', 'acceptAll');
    expect(reviewMode(listed)).toBe('reviewListConfirm');
    expect(listed.list!.confirm!.accepted).not.toContain(skipped);
    const leftOut = listed.list!.confirm!.decisions.every((d) => d.decision.type === 'accept-all' && d.decision.except!.includes(skipped));
    expect(leftOut).toBe(true);
    // s steps to proposed, then skipped: shown by name, it is taken (if ready).
    const { state: bySkipped } = after(listed, 'close', 'cycleStatus', 'cycleStatus');
    expect(bySkipped.list!.filter.states).toEqual(['skipped']);
    expect(shownFigures(bySkipped).map((f) => f.id)).toEqual([skipped]);
    const { state: asked } = after(bySkipped, 'acceptAll');
    expect(asked.list!.confirm!.accepted).toEqual([skipped]);
  });

  it('marks only proposals, moves on after a mark, and y makes one decision for each document', () => {
    const { dir } = workReportFolder();
    const { state: listed } = after(initialReview(readReview(dir), 'confidence'), 'folderList');
    const first = shownFigures(listed)[0]!.id!;
    const { state: marked } = after(listed, 'toggle');
    expect(marked.list!.marked).toEqual([first]);
    expect(marked.list!.cursor).toBe(1);
    const { state: unmarked } = after(marked, 'up', 'toggle');
    expect(unmarked.list!.marked).toEqual([]);
    const { state: typed } = after(marked, 'minConfidence');
    expect(reviewMode(typed)).toBe('reviewListMin');
    const withMin = reviewType(typed, '0.9x');
    expect(withMin.list!.typing).toBe('0.9');
    const { state: set, effects } = after(withMin, 'choose', 'acceptAll', 'confirm');
    expect(set.list!.filter.min).toBe(0.9);
    expect(effects).toHaveLength(1);
    expect(effects[0]).toMatchObject({ type: 'decide', document: 'xian-work-report-2025', decision: { type: 'accept-all' } });
    expect(reviewMode(set)).toBe('reviewList');
  });
});
