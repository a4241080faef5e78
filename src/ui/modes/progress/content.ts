import { formatPercent } from '../../../model/figureText.js';
import type { TargetProgress } from '../../../model/indicators.js';
import { paceWord, STATUS_WORDS } from '../../../cite/paceWords.js';
import { PACE_GLYPH } from '../../../model/pace.js';
import type { Fact } from '../../../model/types.js';
import { shareBar, type Glyphs } from '../../components/barGeometry.js';
import { ContentBuilder, type Content } from '../../text/content.js';
import type { Labeller } from '../../text/labels.js';
import { columns, seg, type Line } from '../../text/lines.js';
import { englishOnly, t, tf, type Lang } from '../../strings.js';
import { displayWidth } from '../../text/text.js';

/**
 * The targets in view, two lines each: the status (its glyph and word), the place, the year
 * it is due and the metric; under it a bar toward the goal with the share reached and the
 * numbers. A bar only where the share is a number (report ÷ target, both single numbers in
 * one unit); otherwise the line says in words why there is none: no report yet, not
 * comparable, a report that is a bound.
 */

export interface ProgressCtx {
  readonly width: number;
  readonly lang: Lang;
  readonly label: Labeller;
  readonly glyphs: Glyphs;
}

/** Past its goal a bar goes on, to at most twice the goal: one far ahead would squash the rest. */
const TOP = 2;
const INDENT = 4;
const MIN_BAR = 6;

/** Where a target stands, in words after its glyph: the status; a pace, where the model gives one, joins it here. */
export function standing(p: TargetProgress, lang: Lang): string {
  // The pace says what the status alone does not: missed, or on the line from the baseline; said once where they agree.
  const status = STATUS_WORDS[lang][p.status];
  const pace = paceWord(p.pace, lang);
  return (pace === status ? [status] : [status, pace]).join(' · ');
}

const yearOf = (f: Fact, lang: Lang) => (lang === 'zh' ? `（${f.year}年）` : ` (${f.year})`);

/** The numbers beside a bar: "1,729 家 (2024) of 1,800 家". */
function numbers(p: TargetProgress, ctx: ProgressCtx): string {
  const { label, lang } = ctx;
  return tf('progressNumbers', lang, { report: `${label.value(p.report!)}${yearOf(p.report!, lang)}`, target: label.value(p.target) });
}

/** A target without a bar, in words: why not, and what there is. */
function words(p: TargetProgress, ctx: ProgressCtx): string {
  const { label, lang } = ctx;
  const target = tf('progressTarget', lang, { target: label.value(p.target) });
  if (p.report === null) return `${target} · ${t('progressNothingReported', lang)}`;
  const report = `${label.value(p.report)}${yearOf(p.report, lang)}`;
  const why = p.reason ? ` · ${englishOnly(p.reason, lang)}` : p.status === 'not-comparable' ? '' : ` · ${t('progressNoShare', lang)}`;
  return `${tf('progressReport', lang, { report })} · ${target}${why}`;
}

export function progressContent(rows: readonly TargetProgress[], cursor: number, ctx: ProgressCtx): Content {
  const { width, lang, label, glyphs } = ctx;
  const b = new ContentBuilder();
  if (rows.length === 0) {
    b.line(seg(t('noTargetsInView', lang), 'dim'));
    return b;
  }
  const standingWidth = Math.min(24, Math.max(...rows.map((p) => displayWidth(standing(p, lang)))));
  const shares = rows.flatMap((p) => (p.ratio === null ? [] : [p.ratio]));
  const top = Math.min(TOP, Math.max(1, ...shares));
  const numbersWidth = Math.min(40, Math.max(0, ...rows.map((p) => (p.ratio === null ? 0 : displayWidth(numbers(p, ctx))))));
  const barWidth = width - INDENT - 7 - numbersWidth - 2;

  const dueWidth = Math.max(...rows.map((p) => displayWidth(tf('dueIn', lang, { year: p.target.year }))));
  // The metric takes what the columns before it leave: cursor, glyph, standing, place, due year, and a space after each.
  const metricWidth = Math.max(0, width - (1 + 1 + standingWidth + 9 + dueWidth) - 5);
  const head = (p: TargetProgress, focused: boolean): Line => {
    const row = columns([
      { text: focused ? '›' : ' ', width: 1, tone: 'accent' },
      // The pace's glyph, as the Figures list shows it: ✗ missed, ↗ on track, ▼ behind pace.
      { text: PACE_GLYPH[p.pace], width: 1, tone: p.status === 'met' ? 'accent' : 'bold' },
      { text: standing(p, lang), width: standingWidth, tone: p.status === 'met' ? 'accent' : 'bold' },
      { text: label.place(p.target.place), width: 9 },
      { text: tf('dueIn', lang, { year: p.target.year }), width: dueWidth, tone: 'dim' },
      { text: label.metricZh(p.target), width: metricWidth },
    ]);
    return focused ? row.map((s) => ({ ...s, tone: 'current' as const })) : row;
  };
  const body = (p: TargetProgress): Line => {
    const indent = seg(' '.repeat(INDENT));
    if (p.ratio === null || barWidth < MIN_BAR) return [indent, seg(words(p, ctx), 'dim')];
    return [
      indent,
      ...columns([
        { text: shareBar(p.ratio, top, barWidth, glyphs), width: barWidth, tone: 'accent' },
        { text: formatPercent(p.ratio), width: 6, align: 'right', tone: 'bold' },
        { text: numbers(p, ctx), width: numbersWidth },
      ]),
    ];
  };
  b.rows(rows.length * 2, (at) => (at % 2 === 0 ? head(rows[at / 2]!, at / 2 === cursor) : body(rows[(at - 1) / 2]!)), {
    first: 0,
    count: rows.length,
    lineOf: (k) => k * 2,
  });
  b.blank();
  b.line(seg(tf('progressLegend', lang, { full: glyphs.full, marker: glyphs.marker }), 'dim'));
  return b;
}
