import { decided, type Decision } from './write.js';

/**
 * What a decision would write to a document file, shown before it is written: the lines it
 * changes, with a little context and their numbers, as a unified diff. Decisions splice only
 * the lines they touch, so the diff is short even for a long file.
 */

export interface DiffLine {
  readonly sign: ' ' | '-' | '+';
  readonly text: string;
  /** The line's number in the text before (not for an added line) and after (not for a removed one). */
  readonly before: number | null;
  readonly after: number | null;
}

export interface Hunk {
  /** First line (1-based) and count, before and after, as a unified diff's @@ line gives them. */
  readonly beforeStart: number;
  readonly beforeCount: number;
  readonly afterStart: number;
  readonly afterCount: number;
  readonly lines: readonly DiffLine[];
}

type Op = ' ' | '-' | '+';

/**
 * The shortest edit script from `a` to `b` (Myers' O(ND) algorithm): a decision changes a few
 * lines of a long file, and the cost grows with how many it changes, not with the file's length
 * squared. The common head and tail are set aside first.
 */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x0 = a.slice(head, a.length - tail);
  const y0 = b.slice(head, b.length - tail);
  const n = x0.length;
  const m = y0.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= n + m && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && x0[x] === y0[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walked back from the end, each step of the trace says which diagonal it came from.
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const w = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && w[offset + k - 1]! < w[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = w[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      middle.push(' ');
      x--;
      y--;
    }
    middle.push(x === prevX ? '+' : '-');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    middle.push(' ');
    x--;
    y--;
  }
  return [...Array<Op>(head).fill(' '), ...middle.reverse(), ...Array<Op>(tail).fill(' ')];
}

/** The changed lines of `after` against `before`, in hunks with `context` unchanged lines around them. */
export function diffLines(before: string, after: string, context = 2): Hunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  for (const op of editScript(a, b)) {
    if (op === ' ') lines.push({ sign: ' ', text: a[i]!, before: ++i, after: ++j });
    else if (op === '-') lines.push({ sign: '-', text: a[i]!, before: ++i, after: null });
    else lines.push({ sign: '+', text: b[j]!, before: null, after: ++j });
  }
  const hunks: Hunk[] = [];
  let at = 0;
  while (at < lines.length) {
    const change = lines.findIndex((l, k) => k >= at && l.sign !== ' ');
    if (change < 0) break;
    const start = Math.max(at, change - context);
    // A hunk runs on while the next change is close enough for their contexts to meet.
    let end = change;
    for (let k = change; k < lines.length && k <= end + 2 * context + 1; k++) if (lines[k]!.sign !== ' ') end = k;
    const stop = Math.min(lines.length, end + context + 1);
    const part = lines.slice(start, stop);
    const first = part[0]!;
    const beforeCount = part.filter((l) => l.sign !== '+').length;
    const afterCount = part.filter((l) => l.sign !== '-').length;
    // Where a side has no line in the hunk, the unified format names the line before it.
    const beforeStart = first.before ?? part.find((l) => l.before !== null)?.before ?? (lines[start - 1]?.before ?? 0) + 1;
    const afterStart = first.after ?? part.find((l) => l.after !== null)?.after ?? (lines[start - 1]?.after ?? 0) + 1;
    hunks.push({
      beforeStart: beforeCount === 0 ? beforeStart - 1 : beforeStart,
      beforeCount,
      afterStart: afterCount === 0 ? afterStart - 1 : afterStart,
      afterCount,
      lines: part,
    });
    at = stop;
  }
  return hunks;
}

/** The hunks as a unified diff of `name`, which `git apply` and `patch` read. */
export function unifiedDiff(name: string, hunks: readonly Hunk[]): string {
  if (hunks.length === 0) return '';
  const body = hunks.flatMap((h) => [
    `@@ -${h.beforeStart},${h.beforeCount} +${h.afterStart},${h.afterCount} @@`,
    ...h.lines.map((l) => `${l.sign}${l.text}`),
  ]);
  return `${[`--- a/${name}`, `+++ b/${name}`, ...body].join('\n')}\n`;
}

/** What `decision` would change in `text`, nothing written: the hunks, or why it cannot be made. */
export function previewOf(text: string, decision: Decision, context = 2): { hunks: Hunk[]; text: string } | { problem: string } {
  const next = decided(text, decision);
  if ('problem' in next) return next;
  return { hunks: diffLines(text, next.text, context), text: next.text };
}
