import { paceWord } from '../../../cite/paceWords.js';
import { gapWords } from '../../../cite/progressTable.js';
import { formatAmount, formatPercent } from '../../../model/figureText.js';
import type { TargetProgress } from '../../../model/indicators.js';
import { PACE_GLYPH } from '../../../model/pace.js';
import { englishOnly, t, tf, type Lang } from '../../strings.js';
import type { Labeller } from '../../text/labels.js';
import type { Tone } from '../../text/lines.js';

/**
 * A target's progress as the Detail pane says it: the pace and the due year first (a 2024
 * report on a target due in 2025 is not yet a miss), then what was reported, the share
 * reached and the gap; below, the straight line from the baseline the pace is judged by,
 * why the status or the pace is not decided, and the starting level.
 */

export interface Field {
  readonly name: string;
  readonly value: string;
  readonly tone: Tone;
}

/** The year a figure is of, after it: " (2024)", "（2024年）". */
const yearAfter = (year: number, lang: Lang) => (lang === 'zh' ? `（${year}年）` : ` (${year})`);

export function progressFields(p: TargetProgress, lang: Lang, label: Labeller): Field[] {
  const pace = `${PACE_GLYPH[p.pace]} ${paceWord(p.pace, lang)}`;
  const parts = [pace, tf('dueIn', lang, { year: p.target.year })];
  if (p.report) parts.push(`${label.value(p.report)}${yearAfter(p.report.year, lang)}`);
  if (p.ratio !== null) parts.push(tf('ofTarget', lang, { percent: formatPercent(p.ratio) }));
  // Against a ceiling a positive gap is room left under it, not a shortfall.
  const gap = gapWords(p, lang);
  if (gap !== '') parts.push(gap);
  const good = p.pace === 'met' || p.pace === 'on-track';
  const fields: Field[] = [{ name: t('progressField', lang), value: parts.join(' · '), tone: good ? 'accent' : 'bold' }];
  const line = lineWords(p, lang, label);
  if (line) fields.push({ name: '', value: line, tone: 'dim' });
  // The status's reason and the pace's are often one: said once.
  for (const reason of new Set([p.reason, p.paceReason]))
    if (reason) fields.push({ name: '', value: englishOnly(reason, lang), tone: 'dim' });
  if (p.baseline)
    fields.push({ name: t('startsFrom', lang), value: `${label.value(p.baseline)}${yearAfter(p.baseline.year, lang)}`, tone: 'plain' });
  return fields;
}

/** "on the line from 1,500 家 (2023) to 1,800 家 by 2025, 2024 needs 1,650 家", where the line has a value there. */
function lineWords(p: TargetProgress, lang: Lang, label: Labeller): string {
  if (p.expected === null || p.baseline === null || p.report === null) return '';
  return tf('onTheLine', lang, {
    from: label.value(p.baseline),
    start: p.baseline.year,
    to: label.value(p.target),
    due: p.target.year,
    year: p.report.year,
    expected: formatAmount(p.expected, p.target.unit),
  });
}
