import type { Pivot, PivotCell } from '../../../model/indicators.js';
import { bounds } from '../../../model/progress.js';
import type { Fact, Measure } from '../../../model/types.js';
import { foldScript } from '../../../text/fold.js';
import { bar, domainOf, type Glyphs, type Span } from '../../components/barGeometry.js';
import type { ContentBuilder } from '../../text/content.js';
import type { Labeller } from '../../text/labels.js';
import { columns, seg } from '../../text/lines.js';
import { t, type Lang } from '../../strings.js';
import { displayWidth } from '../../text/text.js';
import { wrap } from '../../text/wrap.js';

/**
 * An indicator's comparable figures as bars, place by place and year by year, above its
 * table. A series is the figures of one measure in one unit as written: 亿元 and 万元 are
 * drawn apart, each to its own scale, and never converted. The figures the table marks ≠ get
 * no bar, nor do ranks (a lower number is the better place). A target's bar is shaded, and
 * marked on the bars of its place's reported figures; the number stands beside each bar.
 */

export interface ChartCtx {
  readonly width: number;
  readonly lang: Lang;
  readonly label: Labeller;
  readonly glyphs: Glyphs;
}

interface Series {
  readonly measure: Measure;
  readonly unit: string;
  readonly cells: PivotCell[];
}

/** The table's comparable figures by measure and unit as written (in either script), in the table's order. */
export function seriesOf(table: Pivot): Series[] {
  const series = new Map<string, Series>();
  for (const row of table.rows)
    for (const cell of [...row.targets, ...row.reported]) {
      if (!cell.comparable || cell.fact.measure === 'rank') continue;
      const key = `${cell.fact.measure}|${foldScript(cell.fact.unit)}`;
      const found = series.get(key) ?? { measure: cell.fact.measure, unit: cell.fact.unit, cells: [] };
      found.cells.push(cell);
      series.set(key, found);
    }
  return [...series.values()];
}

const PLACE = 9;
const YEAR = 5;
/** Below this many cells a bar says too little: the chart is left out and the table stands alone. */
const MIN_BAR = 6;

export function chartLines(b: ContentBuilder, table: Pivot, ctx: ChartCtx): void {
  const { lang, label, width, glyphs } = ctx;
  const all = seriesOf(table);
  if (all.length === 0) return;
  const valueWidth = Math.min(16, Math.max(...all.flatMap((s) => s.cells.map((c) => displayWidth(label.value(c.fact))))));
  const barWidth = width - PLACE - YEAR - valueWidth - 3;
  if (barWidth < MIN_BAR) return;
  b.blank();
  for (const l of wrap(t('chart', lang), width)) b.line(seg(l.text, 'dim'));
  for (const series of all) {
    const facts = series.cells.map((c) => c.fact);
    const spans = new Map<Fact, Span>(facts.map((f) => [f, bounds(f)]));
    const domain = domainOf([...spans.values()]);
    b.line(seg(`${label.measure(series.measure)} · ${series.unit || '–'}`, 'bold'));
    let place = '';
    for (const fact of facts) {
      const target = fact.kind === 'target';
      // A reported figure carries its place's targets of the series (a floor at its value, a ceiling at its own).
      const markers = target
        ? []
        : facts
            .filter((f) => f.kind === 'target' && f.place === fact.place)
            .map((f) => spans.get(f)!)
            .map((s) => (Number.isFinite(s.lo) ? s.lo : s.hi));
      const drawn = bar(spans.get(fact)!, domain, barWidth, glyphs, { shade: target, markers });
      b.line(
        ...columns([
          { text: fact.place === place ? '' : label.place(fact.place), width: PLACE },
          { text: `${fact.year}${fact.year_inferred ? '*' : ''}`, width: YEAR, tone: 'dim' },
          { text: drawn, width: barWidth, tone: target ? 'dim' : 'accent' },
          { text: label.value(fact), width: valueWidth, align: 'right', tone: target ? 'plain' : 'accent' },
        ]),
      );
      place = fact.place;
    }
  }
  const g = glyphs;
  const legend = [
    `${g.full} ${t('reported', lang)}`,
    `${g.shade} ${t('target', lang)}`,
    `${g.marker} ${t('chartMarker', lang)}`,
    `${g.tail} ${t('chartTail', lang)}`,
    `${g.open} ${t('chartOpen', lang)}`,
  ];
  // Wrapped, so a narrow pane keeps every glyph's meaning.
  for (const l of wrap(legend.join('  '), width)) b.line(seg(l.text, 'dim'));
}
