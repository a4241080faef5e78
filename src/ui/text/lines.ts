import { controlPictures, displayWidth, truncate } from './text.js';

/**
 * A screen line as styled segments, fitted to an exact width before Ink sees it, so
 * Ink never has to wrap or cut (it miscounts wide characters when it does).
 */
export type Tone = 'plain' | 'dim' | 'bold' | 'accent' | 'mark' | 'current' | 'match' | 'currentMatch' | 'warn';

export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
}

export type Line = readonly Segment[];

export function seg(text: string, tone: Tone = 'plain'): Segment {
  return { text, tone };
}

/**
 * Cuts the segments to `width` columns (an ellipsis marks the cut) and pads the rest with
 * spaces. Neighbours of one tone become one segment: each is a node Ink lays out every frame.
 */
export function fitLine(raw: Line, width: number): Line {
  const line = raw.map((s) => ({ ...s, text: controlPictures(s.text) }));
  const out: Segment[] = [];
  let used = 0;
  const total = line.reduce((n, s) => n + displayWidth(s.text), 0);
  for (const s of line) {
    const w = displayWidth(s.text);
    if (used + w <= width && (total <= width || used + w < width)) {
      out.push(s);
      used += w;
      continue;
    }
    const cut = truncate(s.text, width - used);
    if (cut) out.push({ text: cut, tone: s.tone });
    used += displayWidth(cut);
    break;
  }
  if (used < width) out.push({ text: ' '.repeat(width - used) });
  return joinTones(out);
}

function joinTones(line: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of line) {
    const last = out.at(-1);
    if (last && (last.tone ?? 'plain') === (s.tone ?? 'plain')) out[out.length - 1] = { text: last.text + s.text, tone: last.tone };
    else out.push(s);
  }
  return out;
}

/** Columns laid side by side, each fitted to its width, with one space between. */
export function columns(cells: readonly { text: string; width: number; tone?: Tone; align?: 'left' | 'right' }[]): Line {
  const out: Segment[] = [];
  cells.forEach((c, i) => {
    if (c.width <= 0) return;
    const cut = truncate(c.text, c.width);
    const pad = ' '.repeat(Math.max(0, c.width - displayWidth(cut)));
    out.push({ text: c.align === 'right' ? pad + cut : cut + pad, tone: c.tone ?? 'plain' });
    if (i < cells.length - 1) out.push({ text: ' ' });
  });
  return out;
}

export type SpanTone = 'mark' | 'current' | 'match' | 'currentMatch';

export interface Span {
  readonly from: number;
  readonly to: number;
  readonly tone: SpanTone;
}

/** Which tone shows where spans overlap: a find's matches over figures, the current of each over the rest. */
const STRENGTH: Readonly<Record<SpanTone, number>> = { mark: 1, current: 2, match: 3, currentMatch: 4 };

/**
 * `text` cut into runs at the edges of the spans (offsets into `text`). Spans may overlap
 * (two figures in one sentence): each character takes the strongest tone over it, so the
 * current one is always seen whole.
 */
export function markSpans(text: string, spans: readonly Span[]): Line {
  const tones: (SpanTone | undefined)[] = new Array(text.length).fill(undefined);
  for (const s of spans) {
    for (let at = Math.max(0, s.from); at < Math.min(s.to, text.length); at++) {
      const was = tones[at];
      if (was === undefined || STRENGTH[s.tone] >= STRENGTH[was]) tones[at] = s.tone;
    }
  }
  const out: Segment[] = [];
  let runStart = 0;
  for (let i = 1; i <= tones.length; i++) {
    if (i === tones.length || tones[i] !== tones[runStart]) {
      out.push({ text: text.slice(runStart, i), tone: tones[runStart] });
      runStart = i;
    }
  }
  return out;
}

/** The plain text of a line, for tests and citations. */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}
