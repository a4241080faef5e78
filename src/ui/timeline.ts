import type { TimelineYear } from '../model/indicators.js';
import type { Fact } from '../model/types.js';
import type { DetailContent } from './detail.js';
import type { Labeller } from './labels.js';
import { columns, seg, type Line } from './lines.js';
import { t, type Lang } from './strings.js';

/**
 * The figures in view by year: what falls due in each year and what was reported in it,
 * each a line the cursor can open. Laid out like a detail, so the detail's pane scrolls it.
 */
export function timelineContent(years: readonly TimelineYear[], cursor: number, width: number, lang: Lang, label: Labeller): DetailContent {
  const lines: Line[] = [];
  const linkLines: number[] = [];
  let index = 0;
  const figure = (f: Fact) => {
    const focused = index === cursor;
    linkLines[index++] = lines.length;
    const row = columns([
      { text: focused ? '›' : ' ', width: 1, tone: 'accent' },
      { text: label.place(f.place), width: 10 },
      { text: label.value(f), width: 13, align: 'right', tone: 'accent' },
      { text: `${label.zh(f.metric.zh)}${f.year_inferred ? ' *' : ''}`, width: Math.max(0, width - 27) },
    ]);
    lines.push(focused ? row.map((s) => ({ ...s, tone: 'current' as const })) : row);
  };
  for (const year of years) {
    if (lines.length) lines.push([]);
    lines.push([
      seg(String(year.year), 'bold'),
      seg(`   ${year.due.length} ${t('due', lang)} · ${year.reported.length} ${t('reportedIn', lang)}`, 'dim'),
    ]);
    if (year.due.length) lines.push([seg(`  ${t('due', lang)}`, 'dim')]);
    year.due.forEach(figure);
    if (year.reported.length) lines.push([seg(`  ${t('reportedIn', lang)}`, 'dim')]);
    year.reported.forEach(figure);
  }
  if (years.some((y) => [...y.due, ...y.reported].some((f) => f.year_inferred))) lines.push([], [seg(t('yearInferred', lang), 'dim')]);
  return { lines, linkLines };
}
