import type { Lang } from '../../strings.js';
import { t } from '../../strings.js';
import { seg, type Line } from '../../text/lines.js';
import { displayWidth, truncateMiddle } from '../../text/text.js';
import type { ReaderFind } from './state.js';

/** "match 2/5": the find's current match among those in the document. */
export function matchOf(find: ReaderFind, count: number, lang: Lang): string {
  return `${t('match', lang)} ${find.match + 1}/${count}`;
}

/**
 * The find box, drawn on the reader's title line while it is open: what is typed, then how
 * many matches (or a hint, or that there is none) and where the reader stands (`where`).
 */
export function findBoxLine(find: ReaderFind, count: number, where: string, width: number, lang: Lang): Line {
  const said = find.query.trim() === '' ? t('findHint', lang) : count ? matchOf(find, count, lang) : t('noMatch', lang);
  const after = `   ${said}  ·  ${where}`;
  // A query wider than the box shows its end, where the typing is.
  const shown = truncateMiddle(find.query, Math.max(8, width - 7 - displayWidth(after)));
  return [seg(`${t('findLabel', lang)} `, 'accent'), seg(shown, 'bold'), seg('▏', 'accent'), seg(after, count ? 'bold' : 'dim')];
}
