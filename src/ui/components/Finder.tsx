import { Box } from 'ink';
import type { IndexProgress } from '../../search/build.js';
import type { Finder as FinderState, FinderRow } from '../finder.js';
import { highlights } from '../finder.js';
import { scrollTop } from '../layout.js';
import { markSpans, seg, type Line } from '../lines.js';
import { inScript, type Script } from '../script.js';
import { t, type Lang, type StringId } from '../strings.js';
import { Lines } from './Lines.js';
import { displayWidth, truncateMiddle } from '../text.js';

const GROUP_TITLES = {
  fact: 'groupFacts',
  document: 'groupDocuments',
  category: 'groupCategories',
  place: 'groupPlaces',
} as const satisfies Record<string, StringId>;

function count(n: number, lang: Lang): string {
  return `${n} ${t(n === 1 && lang === 'en' ? 'result' : 'results', lang)}`;
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
  script,
  width,
  height,
  indexing = null,
}: {
  finder: FinderState;
  rows: readonly FinderRow[];
  /** How far the search index has come while it is built; its note stands where results will. */
  indexing?: IndexProgress | null;
  title: string;
  lang: Lang;
  script: Script;
  width: number;
  height: number;
}) {
  const query = finder.kind === 'search' ? finder.query : '';
  const lines: Line[] = [];
  const selectedLine: number[] = [];
  rows.forEach((row, i) => {
    if (row.group) lines.push([seg(t(GROUP_TITLES[row.group], lang), 'dim')]);
    selectedLine[i] = lines.length;
    lines.push(marked(inScript(row.hit.label, script), query, i === finder.cursor, row.hit.why));
  });
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
  const room = Math.max(0, height - 2);
  const top = scrollTop(selectedLine[finder.cursor] ?? 0, room, lines.length);
  const nothing = lines.length === 0 && (finder.kind === 'related' || query.trim() !== '');
  const waiting =
    indexing && finder.kind === 'search'
      ? t('indexing', lang).replace('{percent}', String(Math.floor((100 * indexing.done) / Math.max(1, indexing.total))))
      : null;
  const body =
    waiting && lines.length === 0 ? [[seg(waiting, 'dim')]] : nothing ? [[seg(t('noResults', lang), 'dim')]] : lines.slice(top, top + room);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[head, []]} width={width} />
      <Lines lines={body} width={width} />
    </Box>
  );
}
