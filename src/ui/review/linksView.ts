import { formatValue } from '../../model/figureText.js';
import { otherOf, type LinkFigure, type LinkKey, type LinkSuggestion } from '../../review/links.js';
import type { Lang } from '../strings.js';
import { seg, type Line } from '../text/lines.js';
import { fitLine } from '../text/lines.js';
import { wrap } from '../text/wrap.js';
import type { LinksOverlay } from './overlays.js';
import { rt } from './words.js';

/**
 * The links overlay drawn: the figure whose links they are, then each suggestion on two
 * lines (the other figure: id, year, value, document, what the link would say; then why), a
 * third where the rules would refuse it. Only the rows around the cursor are drawn. Drawing only.
 */

const say = (key: 'linksHeading' | 'linksNone' | LinkKey | 'linkRefused', lang: Lang, id = '') =>
  rt(key === 'progress_of' || key === 'baseline_of' ? `link-${key}` : key, lang, { id });

const figureText = (f: LinkFigure) => `${f.fact.id}  ${f.fact.kind} ${f.fact.year}  ${formatValue(f.fact)}  ${f.document}`;

/** A suggestion's lines; the one under the cursor says all of why and of a refusal, wrapped, the others a line each. */
function suggestionLines(s: LinkSuggestion, id: string, selected: boolean, width: number, lang: Lang): Line[] {
  const other = otherOf(s, id);
  const role = `${s.figure.fact.id} ${say(s.key as LinkKey, lang)} ${s.target.fact.id}`;
  const said = (text: string, tone: 'dim' | 'warn'): Line[] =>
    (selected ? wrap(text, Math.max(4, width - 4)) : [{ text }]).map((w) => [seg(`    ${w.text}`, tone)]);
  return [
    [seg(selected ? '▸ ' : '  ', 'accent'), seg(`${figureText(other)}  ${other.fact.metric.zh}`, selected ? 'current' : 'plain')],
    ...said(`${role} (${s.key}): ${s.why.join('; ')}`, 'dim'),
    ...(s.refusal === null ? [] : said(`${say('linkRefused', lang)}: ${s.refusal}`, 'warn')),
  ];
}

export function linksLines(links: LinksOverlay, width: number, rows: number, lang: Lang = 'en'): Line[] {
  const head: Line[] = [[seg(say('linksHeading', lang, links.id), 'bold'), seg(`  ·  ${links.suggestions.length}`, 'dim')], []];
  if (links.suggestions.length === 0) return [...head, [seg(say('linksNone', lang))]].map((l) => fitLine(l, width));
  const blocks = links.suggestions.map((s, i) => suggestionLines(s, links.id, i === links.cursor, width, lang));
  // From the cursor's block back as far as the rows allow, then on: the cursor is always drawn.
  const room = Math.max(1, rows - head.length);
  let first = links.cursor;
  let used = blocks[first]!.length;
  while (first > 0 && used + blocks[first - 1]!.length <= Math.floor(room / 2)) used += blocks[--first]!.length;
  const body = blocks.slice(first).flat().slice(0, room);
  return [...head, ...body].map((l) => fitLine(l, width));
}
