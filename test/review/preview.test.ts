import { describe, expect, it } from 'vitest';
import { diffLines, previewOf, unifiedDiff, type Hunk } from '../../src/review/preview.js';

/** The text the hunks make of `before`, read back as `patch` would: the diff must say the whole change. */
function applied(before: string, hunks: readonly Hunk[]): string {
  const a = before.split('\n');
  const out: string[] = [];
  let at = 0;
  for (const h of hunks) {
    const start = h.beforeCount === 0 ? h.beforeStart : h.beforeStart - 1;
    out.push(...a.slice(at, start));
    at = start;
    for (const l of h.lines) {
      if (l.sign !== '+') {
        expect(a[at]).toBe(l.text);
        at++;
      }
      if (l.sign !== '-') out.push(l.text);
    }
  }
  return [...out, ...a.slice(at)].join('\n');
}

function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** A small deterministic generator, so a failure names its seed. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const FILE = `id: mine
facts:
  - id: mine-p001
    status: proposed
    confidence: 0.6
    reasons: [year inferred]
    kind: reported
    year: 2024
    metric: { zh: 科技型中小企业, en: tech SMEs }
    indicator: tech-smes
    measure: stock
    value: 300
    unit: 家
    qualifier: exact
    tags: [enterprises]
    quote: 科技型中小企业300家
`;

describe('the preview of a decision', () => {
  it('shows only the lines accepting removes, two lines of context around them, numbered as in the file', () => {
    const preview = previewOf(FILE, { type: 'accept', id: 'mine-p001' });
    if ('problem' in preview) throw new Error(preview.problem);
    expect(preview.hunks).toHaveLength(1);
    const [hunk] = preview.hunks;
    expect(hunk!.lines.filter((l) => l.sign === '-').map((l) => l.text.trim())).toEqual([
      'status: proposed',
      'confidence: 0.6',
      'reasons: [year inferred]',
    ]);
    expect(hunk!.lines.filter((l) => l.sign === '+')).toEqual([]);
    expect(hunk!.lines[0]).toEqual({ sign: ' ', text: 'facts:', before: 2, after: 2 });
    expect(hunk!.lines.at(-1)).toEqual({ sign: ' ', text: '    year: 2024', before: 8, after: 5 });
    expect(unifiedDiff('documents/mine.yaml', preview.hunks).split('\n').slice(0, 3)).toEqual([
      '--- a/documents/mine.yaml',
      '+++ b/documents/mine.yaml',
      '@@ -2,7 +2,4 @@',
    ]);
  });

  it('says why a decision cannot be made, and the diff of no change is empty', () => {
    expect(previewOf(FILE, { type: 'accept', id: 'nobody' })).toEqual({ problem: 'no fact "nobody" in this document' });
    expect(diffLines(FILE, FILE)).toEqual([]);
    expect(unifiedDiff('x', [])).toBe('');
  });

  it('keeps changes far apart in hunks of their own, and changes close together in one', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);
    const far = lines.map((l, i) => (i === 4 || i === 30 ? `${l} changed` : l)).join('\n');
    const hunks = diffLines(lines.join('\n'), far);
    expect(hunks.map((h) => [h.beforeStart, h.beforeCount, h.afterStart, h.afterCount])).toEqual([
      [3, 5, 3, 5],
      [29, 5, 29, 5],
    ]);
    // As diff -u has it: four unchanged lines between two changes are both hunks' context, one hunk; five part them.
    const apart = (gap: number) => lines.map((l, i) => (i === 4 || i === 5 + gap ? `${l} changed` : l)).join('\n');
    expect(diffLines(lines.join('\n'), apart(4))).toHaveLength(1);
    expect(diffLines(lines.join('\n'), apart(5))).toHaveLength(2);
  });

  it('says every change of random edits whole: the hunks applied to the text before give the text after', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = lcg(seed);
      const before = Array.from({ length: Math.floor(random() * 30) }, () => `l${Math.floor(random() * 6)}`);
      const after = [...before];
      for (let edits = Math.floor(random() * 6); edits > 0; edits--) {
        const at = Math.floor(random() * (after.length + 1));
        const r = random();
        if (r < 0.4) after.splice(at, 1);
        else if (r < 0.8) after.splice(at, 0, `n${Math.floor(random() * 6)}`);
        else after.splice(at, 1, `m${seed}`);
      }
      const hunks = diffLines(before.join('\n'), after.join('\n'), 1);
      expect(applied(before.join('\n'), hunks), `seed ${seed}`).toBe(after.join('\n'));
      // The shortest script: only the lines outside a longest common subsequence are changed.
      const changed = hunks.flatMap((h) => h.lines).filter((l) => l.sign !== ' ').length;
      const [a, b] = [before.join('\n').split('\n'), after.join('\n').split('\n')];
      expect(changed, `seed ${seed}`).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });
});
