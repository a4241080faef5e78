import { Box } from 'ink';
import { inScript } from '../../../model/script.js';
import { readerSplit, type Box as Area } from '../../components/layout.js';
import type { ModeViewProps } from '../../state/mode.js';
import { lineOf } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { UiState } from '../../state/types.js';
import { t, tf } from '../../strings.js';
import type { Labeller } from '../../text/labels.js';
import { seg, type Line } from '../../text/lines.js';
import { displayWidth, truncate } from '../../text/text.js';
import { documentDetail, factDetail } from '../detail/content.js';
import { DetailPane } from '../detail/DetailPane.js';
import { findBoxLine, matchOf } from '../find/view.js';
import { Reader } from './Reader.js';

/** The reader screen: a document's text with its figures, and, on a wide terminal, the detail beside it. */
export function ReaderScreen({ state, queries, label, width, height }: ModeViewProps) {
  // From 160 columns the reader keeps the detail of its current figure beside it.
  const reading = readerSplit(width);
  return (
    <>
      <ReaderView state={state} queries={queries} label={label} width={reading?.reader ?? width} height={height} />
      {reading ? (
        <>
          <Box width={1} />
          <ReaderDetail state={state} queries={queries} label={label} size={{ width: reading.detail, height }} />
        </>
      ) : null}
    </>
  );
}

/** Beside a wide reader: the detail of its current figure, or of its document before the first. */
function ReaderDetail({ state, queries, label, size }: { state: UiState; queries: Queries; label: Labeller; size: Area }) {
  if (state.screen.kind !== 'reader') return null;
  const { document, fact } = state.screen;
  const facts = queries.readerFacts(document);
  const current = facts[fact];
  const ctx = { dataset: queries.dataset, width: size.width, lang: state.lang, label, links: current ? [] : facts, cursor: -1 };
  const content = current ? factDetail(current, queries.around(current.id), ctx) : documentDetail(document, ctx);
  return (
    <DetailPane
      title={t('detail', state.lang)}
      content={content}
      cursor={-1}
      focused={false}
      lang={state.lang}
      width={size.width}
      height={size.height}
    />
  );
}

function ReaderView({
  state,
  queries,
  label,
  width,
  height,
}: {
  state: UiState;
  queries: Queries;
  label: Labeller;
  width: number;
  height: number;
}) {
  if (state.screen.kind !== 'reader') return null;
  const { lang } = state;
  const doc = queries.dataset.documentById.get(state.screen.document)!;
  const lines = queries.readerLines(doc.id, width);
  const facts = queries.readerFacts(doc.id);
  const top = lineOf(lines, state.screen.anchor);
  const current = facts[state.screen.fact];
  const where = tf('line', lang, { n: Math.min(lines.length, top + height - 1), total: lines.length });
  const find = state.screen.find;
  const matches = find ? queries.matchesIn(doc.id, find.query) : [];
  const found = find ? matchOf(find, matches.length, lang) : '';
  const figure = current ? `${t('factOf', lang)} ${state.screen.fact + 1}/${facts.length}` : tf('factsInText', lang, { n: facts.length });
  const head = find ? `${found} (n)` : figure;
  // The positions stay whole; the figure's words and then the document's title give way.
  const at = `  ·  ${where}`;
  const what =
    current && !find
      ? truncate(`${lang === 'zh' ? '：' : ': '}${label.value(current)} ${label.metric(current)}`, width - displayWidth(head + at))
      : '';
  const title: Line = find?.open
    ? findBoxLine(find, matches.length, where, width, lang)
    : [seg(head, 'bold'), seg(what, 'bold'), seg(at, 'bold'), seg(`  ·  ${label.zh(doc.title.zh)}`, 'bold')];
  return (
    <Reader
      title={title}
      text={inScript(doc.text, state.script)}
      lines={lines}
      facts={facts}
      current={state.screen.fact}
      found={{ matches, current: find?.match ?? -1 }}
      top={top}
      width={width}
      height={height}
    />
  );
}
