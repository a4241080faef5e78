import { formatAmount } from '../model/figureText.js';
import type { TargetProgress } from '../model/indicators.js';
import { PACE_GLYPH, type Pace } from '../model/pace.js';
import type { ProgressStatus } from '../model/progress.js';
import type { CiteLang as Lang } from './words.js';

/**
 * A target's pace as the command's lines and the tables say it, in the reader's language:
 * "▼ behind pace, due 2025: needed by 2024 on a straight line: 1,833.3 家". The reason a
 * pace is not decided stays in English, as a status's reason does.
 */

const PACE: Record<Lang, Record<Pace, string>> = {
  en: {
    met: 'met',
    missed: 'missed',
    'on-track': 'on track',
    'behind-pace': 'behind pace',
    'no-report': 'no report yet',
    undecided: 'pace undecided',
    'not-comparable': 'not comparable',
    unknown: 'pace unknown',
  },
  zh: {
    met: '已达成',
    missed: '到期未达成',
    'on-track': '进度达标',
    'behind-pace': '落后于进度',
    'no-report': '尚无实际值',
    undecided: '进度难以判断',
    'not-comparable': '不可比',
    unknown: '进度未知',
  },
};

/** A target's status in a reader's words, the explorer's and the tables' alike. */
export const STATUS_WORDS: Record<Lang, Record<ProgressStatus, string>> = {
  en: { met: 'met', behind: 'behind', uncertain: 'uncertain', 'no-report': 'no report yet', 'not-comparable': 'not comparable' },
  zh: { met: '已达成', behind: '未达成', uncertain: '难以判断', 'no-report': '尚无实际值', 'not-comparable': '不可比' },
};

/** A pace in a word or two: "on track", "到期未达成". */
export function paceWord(pace: Pace, lang: Lang): string {
  return PACE[lang][pace];
}

/** What the straight line from the baseline needs by the report's year: "needed by 2024 on a straight line: 1,650 家". */
export function expectedWords(p: TargetProgress, lang: Lang): string {
  if (p.expected === null || p.report === null) return '';
  const amount = formatAmount(p.expected, p.target.unit);
  return lang === 'zh' ? `按直线进度${p.report.year}年应达 ${amount}` : `needed by ${p.report.year} on a straight line: ${amount}`;
}

/** The pace in words with its glyph (unless the line already leads with it) and due year, then the line's value or the reason it is not decided. */
export function paceWords(p: TargetProgress, lang: Lang, glyph = true): string {
  const due = lang === 'zh' ? `${p.target.year}年到期` : `due ${p.target.year}`;
  const expected = expectedWords(p, lang);
  const more = expected || p.paceReason || '';
  return `${glyph ? `${PACE_GLYPH[p.pace]} ` : ''}${PACE[lang][p.pace]}${lang === 'zh' ? '，' : ', '}${due}${more ? `${lang === 'zh' ? '：' : ': '}${more}` : ''}`;
}
