/**
 * The geometry of the explorer's bar charts, as plain strings of an exact width: no Ink, no
 * colour, so a bar reads the same under NO_COLOR, and an ASCII set of glyphs draws it where a
 * terminal has no block characters. A bar is drawn from zero to the value; what the text
 * leaves open (a range, a bound) is drawn as a tail, never as a filled bar.
 */

export interface Glyphs {
  /** Steps a cell is cut into: two with half blocks, one in ASCII. */
  readonly steps: 1 | 2;
  readonly full: string;
  /** A cell whose left half, or right half, is filled. */
  readonly left: string;
  readonly right: string;
  /** A target's bar: shaded, so it never reads as a figure reported. */
  readonly shade: string;
  /** Where the value may still lie: the rest of a range, or up to a ceiling. */
  readonly tail: string;
  /** After a floor ("≥ 1,800"): the value goes on beyond. */
  readonly open: string;
  /** A target's value on another bar, and 100% on a progress bar. */
  readonly marker: string;
}

export const UNICODE_GLYPHS: Glyphs = { steps: 2, full: '█', left: '▌', right: '▐', shade: '░', tail: '┄', open: '→', marker: '┊' };
export const ASCII_GLYPHS: Glyphs = { steps: 1, full: '#', left: '#', right: '#', shade: '=', tail: '-', open: '>', marker: '|' };

/** The values a bar stands for: from `lo` to `hi`, the same for an exact figure; an infinite end is open. */
export interface Span {
  readonly lo: number;
  readonly hi: number;
}

/** The values a chart spans: always zero, so every bar starts from it, and the finite ends of every span. */
export interface Domain {
  readonly min: number;
  readonly max: number;
}

export function domainOf(spans: readonly Span[]): Domain {
  let min = 0;
  let max = 0;
  for (const { lo, hi } of spans)
    for (const x of [lo, hi])
      if (Number.isFinite(x)) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
  return { min, max };
}

export interface BarOptions {
  /** A target's bar, shaded rather than filled. */
  readonly shade?: boolean;
  /** Values marked on the bar (a target's), each with the marker glyph. */
  readonly markers?: readonly number[];
}

type Unit = 'none' | 'solid' | 'tail';

/**
 * One bar, `width` cells. The part the figure certainly covers (from zero to the end of its
 * span nearer zero) is solid; the rest of a range, or a ceiling's whole span, a tail; a floor
 * ends in the open glyph. A value that is not zero takes at least one step, so it never
 * vanishes. With a zero-width domain (every value zero) nothing is drawn.
 */
export function bar(span: Span, domain: Domain, width: number, glyphs: Glyphs, options: BarOptions = {}): string {
  if (width <= 0) return '';
  const steps = width * glyphs.steps;
  const extent = domain.max - domain.min;
  const pos = (x: number) =>
    extent === 0 ? 0 : Math.round(((Math.min(Math.max(x, domain.min), domain.max) - domain.min) / extent) * steps);
  const zero = pos(0);
  const units: Unit[] = new Array<Unit>(steps).fill('none');
  const paint = (from: number, to: number, kind: Unit) => {
    for (let i = Math.max(0, Math.min(from, to)); i < Math.min(steps, Math.max(from, to)); i++) units[i] = kind;
  };
  /** The step a value reaches from zero: at least one away from zero when it is not zero. */
  const reach = (x: number) => {
    const p = pos(x);
    if (extent === 0 || x === 0 || p !== zero) return p;
    return x > 0 ? Math.min(steps, zero + 1) : Math.max(0, zero - 1);
  };
  const { lo, hi } = span;
  // The end nearer zero is certain, the far one may be open; a span across zero certifies nothing.
  const positive = lo >= 0 || (lo === -Infinity && hi > 0);
  const near = positive ? lo : hi;
  const far = positive ? hi : lo;
  let solidEnd = zero;
  if (Number.isFinite(near) && (positive ? near > 0 : near < 0)) {
    solidEnd = reach(near);
    paint(zero, solidEnd, 'solid');
  }
  if (Number.isFinite(far) && far !== near) paint(solidEnd, reach(far), 'tail');

  const cells: string[] = [];
  for (let c = 0; c < width; c++) {
    const part = units.slice(c * glyphs.steps, (c + 1) * glyphs.steps);
    const solid = part.map((u) => u === 'solid');
    if (solid.every(Boolean)) cells.push(options.shade ? glyphs.shade : glyphs.full);
    else if (solid.some(Boolean)) cells.push(options.shade ? glyphs.shade : solid[0] ? glyphs.left : glyphs.right);
    else if (part.includes('tail')) cells.push(glyphs.tail);
    else cells.push(' ');
  }
  if (!Number.isFinite(far) && extent > 0) {
    // The open glyph stands just past the solid part, on the side the value goes on to.
    const cell = positive ? Math.ceil(solidEnd / glyphs.steps) : Math.floor(solidEnd / glyphs.steps) - 1;
    cells[Math.min(width - 1, Math.max(0, cell))] = positive ? glyphs.open : reversedOpen(glyphs);
  }
  for (const m of options.markers ?? []) {
    if (extent === 0) continue;
    // The cell that ends at the value, or holds it.
    cells[Math.min(width - 1, Math.max(0, Math.ceil(pos(m) / glyphs.steps) - 1))] = glyphs.marker;
  }
  return cells.join('');
}

/** The open glyph pointing left, for a bound below zero. */
const reversedOpen = (glyphs: Glyphs) => (glyphs.open === '→' ? '←' : '<');

/** A share toward a goal (0.96 is 96%) as a bar: filled to the share, the goal marked; past the goal the bar goes on to `top`. */
export function shareBar(share: number, top: number, width: number, glyphs: Glyphs): string {
  return bar({ lo: share, hi: share }, { min: 0, max: Math.max(1, top) }, width, glyphs, { markers: [1] });
}
