import { Box } from 'ink';
import type { IndexProgress } from '../../../search/build.js';
import type { SearchHit } from '../../../search/engine.js';
import { placeName, type PlaceWord } from '../../../search/places.js';
import type { FinderRow } from './rows.js';
import type { FinderState } from './state.js';
import { highlights } from './rows.js';
import { scrollTop } from '../../components/layout.js';
import { markSpans, seg, type Line } from '../../text/lines.js';
import { t, type Lang, type StringId } from '../../strings.js';
import { Lines } from '../../components/Lines.js';
import { displayWidth, truncateMiddle } from '../../text/text.js';

const GROUP_TITLES = {
  fact: 'groupFacts',
  document: 'groupDocuments',
  category: 'groupCategories',
  place: 'groupPlaces',
} as const satisfies Record<string, StringId>;

function count(n: number, lang: Lang): string {
  return `${n} ${t(n === 1 && lang === 'en' ? 'result' : 'results', lang)}`;
}

/**
 * The query's words a result did not match, first (the count "partial: 1 of 2 words" says less,
 * and goes), then why it matched where the match is indirect.
 */
function reasonOf(hit: SearchHit, lang: Lang): string | undefined {
  const missed = hit.unmatched ? t('noMatchFor', lang).replace('{words}', hit.unmatched.join(lang === 'zh' ? '、' : ', ')) : undefined;
  const why = hit.why?.split('; ').filter((w) => !(missed && w.startsWith('partial: ')));
  return [missed, ...(why ?? [])].filter(Boolean).join('; ') || undefined;
}

/** A label with the query's words marked, and why it matched where the match is indirect. */
function marked(label: string, query: string, selected: boolean, why?: string): Line {
  const reason = why ? [seg(`   ${why}`, 'dim')] : [];
  if (selected) return [seg(`› ${label}`, 'current'), ...reason];
  return [
    seg('  '),
    ...markSpans(
      label,
      highlights(label, query).map(([from, to]) => ({ from, to, tone: 'mark' as const })),
    ),
    ...reason,
  ];
}

/** The search box and its grouped results, or the list of figures related to one. */
export function Finder({
  finder,
  rows,
  title,
  lang,
  labelOf,
  width,
  height,
  indexing = null,
  notInData = [],
}: {
  finder: FinderState;
  rows: readonly FinderRow[];
  /** Real places the query names that the data has no figures of: said above the results. */
  notInData?: readonly PlaceWord[];
  /** How far the search index has come while it is built; its note stands where results will. */
  indexing?: IndexProgress | null;
  title: string;
  lang: Lang;
  /** A result as the interface names it, in its language and display script. */
  labelOf: (hit: SearchHit) => string;
  width: number;
  height: number;
}) {
  const query = finder.kind === 'search' ? finder.query : '';
  // A group's title stands before its first row: row i is on line i + the groups begun by then.
  // Only the lines in view are made, as a figure may have thousands of related ones.
  const starts: number[] = [];
  rows.forEach((row, i) => row.group && starts.push(i));
  const total = rows.length + starts.length;
  const lineAt = (at: number): Line => {
    let titles = 0;
    for (const [k, start] of starts.entries()) {
      if (start + k === at) return [seg(t(GROUP_TITLES[rows[start]!.group!], lang), 'dim')];
      if (start + k < at) titles++;
    }
    const i = at - titles;
    const row = rows[i]!;
    return marked(labelOf(row.hit), query, i === finder.cursor, reasonOf(row.hit, lang));
  };
  const selectedLine = finder.cursor + starts.filter((start) => start <= finder.cursor).length;
  const after = query ? `   ${count(rows.length, lang)}` : `   ${t('searchHint', lang)}`;
  // A query wider than the box shows its end, where the typing is.
  const shown = query ? truncateMiddle(query, Math.max(8, width - 3 - displayWidth(after))) : '';
  const head: Line =
    finder.kind === 'search'
      ? [seg('/ ', 'accent'), seg(shown, 'bold'), seg('▏', 'accent'), seg(after, 'dim')]
      : [
          seg(`${t('relatedTo', lang)}${lang === 'zh' ? '' : ' '}`, 'dim'),
          seg(title, 'bold'),
          seg(`   ${count(rows.length, lang)}`, 'dim'),
        ];
  const notes: Line[] = notInData.map((p) => [seg(t('notInData', lang).replace('{place}', placeName(p)), 'accent')]);
  const room = Math.max(0, height - 2 - notes.length);
  const top = scrollTop(rows[finder.cursor] ? selectedLine : 0, room, total);
  const nothing = total === 0 && (finder.kind === 'related' || query.trim() !== '');
  const body: Line[] = [...notes];
  const waiting =
    indexing && finder.kind === 'search' && total === 0
      ? t('indexing', lang).replace('{percent}', String(Math.floor((100 * indexing.done) / Math.max(1, indexing.total))))
      : null;
  if (waiting) body.push([seg(waiting, 'dim')]);
  else if (nothing) body.push([seg(t('noResults', lang), 'dim')]);
  else for (let at = top; at < Math.min(total, top + room); at++) body.push(lineAt(at));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[head, []]} width={width} />
      <Lines lines={body} width={width} />
    </Box>
  );
}
