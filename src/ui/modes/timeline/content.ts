import type { TimelineYear } from '../../../model/indicators.js';
import type { Fact } from '../../../model/types.js';
import { ContentBuilder } from '../../text/content.js';
import type { DetailContent } from '../detail/content.js';
import type { Labeller } from '../../text/labels.js';
import { columns, seg, type Line } from '../../text/lines.js';
import { t, type Lang } from '../../strings.js';

/**
 * The figures in view by year: what falls due in each year and what was reported in it,
 * each a line the cursor can open. Laid out like a detail, so the detail's pane scrolls it,
 * and as it does, a window at a time: the timeline of every figure is as long as the list.
 */
export function timelineContent(years: readonly TimelineYear[], cursor: number, width: number, lang: Lang, label: Labeller): DetailContent {
  const b = new ContentBuilder();
  const figure = (f: Fact, index: number): Line => {
    const focused = index === cursor;
    const row = columns([
      { text: focused ? '›' : ' ', width: 1, tone: 'accent' },
      { text: label.place(f.place), width: 10 },
      { text: label.value(f), width: 13, align: 'right', tone: 'accent' },
      { text: `${label.metricZh(f)}${f.year_inferred ? ' *' : ''}`, width: Math.max(0, width - 27) },
    ]);
    return focused ? row.map((s) => ({ ...s, tone: 'current' as const })) : row;
  };
  let index = 0;
  const figures = (facts: readonly Fact[]) => {
    const first = index;
    b.rows(facts.length, (k) => figure(facts[k]!, first + k), { first });
    index += facts.length;
  };
  let inferred = false;
  for (const year of years) {
    if (b.length) b.blank();
    b.line(
      seg(String(year.year), 'bold'),
      seg(`   ${year.due.length} ${t('due', lang)} · ${year.reported.length} ${t('reportedIn', lang)}`, 'dim'),
    );
    if (year.due.length) b.line(seg(`  ${t('due', lang)}`, 'dim'));
    figures(year.due);
    if (year.reported.length) b.line(seg(`  ${t('reportedIn', lang)}`, 'dim'));
    figures(year.reported);
    inferred ||= year.due.some((f) => f.year_inferred) || year.reported.some((f) => f.year_inferred);
  }
  if (inferred) {
    b.blank();
    b.line(seg(t('yearInferred', lang), 'dim'));
  }
  return b;
}
