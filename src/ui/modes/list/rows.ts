import { FACT_COLUMNS, type FactColumn } from '../../../model/listColumns.js';
import { progressOfTarget } from '../../../model/indicators.js';
import { PACE_GLYPH } from '../../../model/pace.js';
import type { Category, Dataset, Fact, Indicator, PolicyDocument } from '../../../model/types.js';
import type { Pane } from '../../state/types.js';
import type { Labeller } from '../../text/labels.js';
import { columns, type Line } from '../../text/lines.js';
import { t, type Lang } from '../../strings.js';
import { truncateApart } from '../../text/text.js';

/** One list row per item, laid out in columns for a pane of `width` columns. */

export function documentHeader(width: number, lang: Lang): Line {
  return documentColumns(width, [t('date', lang), t('place', lang), t('kind', lang), t('document', lang)], 'dim');
}

export function documentRow(doc: PolicyDocument, width: number, lang: Lang, label: Labeller): Line {
  return documentColumns(width, [label.date(doc), label.place(doc.place), t(doc.kind, lang), label.zh(doc.title.zh)]);
}

function documentColumns(width: number, [date, place, kind, title]: string[], tone?: 'dim'): Line {
  const kindWidth = width >= 90 ? 16 : 0;
  const fixed = 10 + 10 + (kindWidth ? kindWidth + 1 : 0) + 2;
  return columns([
    { text: date!, width: 10, tone },
    { text: place!, width: 10, tone },
    { text: kind!, width: kindWidth, tone },
    { text: title!, width: Math.max(0, width - fixed), tone },
  ]);
}

interface FactWidths {
  status: number;
  place: number;
  metricZh: number;
  metricEn: number;
  value: number;
  year: number;
  kind: number;
  document: number;
}

const WIDTH_OF: Readonly<Record<FactColumn, keyof FactWidths>> = {
  mark: 'status',
  place: 'place',
  metric: 'metricZh',
  metricEn: 'metricEn',
  value: 'value',
  year: 'year',
  kind: 'kind',
  document: 'document',
};

/**
 * The widths of the columns chosen: those left out give their room to the first shown of
 * the metric, its English name, the document and the place, which take what they are given.
 */
export function factWidths(width: number, lang: Lang, shown: readonly FactColumn[] = FACT_COLUMNS): FactWidths {
  const all = allFactWidths(width, lang);
  if (shown.length === FACT_COLUMNS.length) return all;
  const w = { ...all };
  let freed = 0;
  for (const column of FACT_COLUMNS) {
    const key = WIDTH_OF[column];
    if (!shown.includes(column) && w[key] > 0) {
      freed += w[key] + 1;
      w[key] = 0;
    }
  }
  const taker = (['metric', 'metricEn', 'document', 'place'] as const).find((c) => shown.includes(c));
  if (taker) w[WIDTH_OF[taker]] += freed + (w[WIDTH_OF[taker]] === 0 ? -1 : 0);
  return w;
}

/** Chinese metric names always; the document, then the English, where the pane is wide enough. */
function allFactWidths(width: number, lang: Lang): FactWidths {
  const status = 1;
  const place = width >= 60 ? 10 : 8;
  const value = 13;
  // "2023*" marks a year the curator read rather than the text stating it.
  const year = 5;
  // Kind and year are what a figure is; the metric name gives way first, down to a few
  // characters. Narrower still, the kind goes (a target's progress glyph still marks it).
  const kind = width - status - place - value - year - 8 - 6 >= 10 ? 8 : 0;
  const gaps = kind ? 6 : 5;
  let rest = Math.max(0, width - status - place - value - year - kind - gaps);
  const document = rest >= 60 ? 16 : 0;
  if (document) rest -= document + 1;
  const withEnglish = lang === 'en' && rest >= 50;
  const metricZh = withEnglish ? Math.min(24, Math.floor(rest * 0.45)) : rest;
  return { status, place, metricZh, metricEn: withEnglish ? rest - metricZh - 1 : 0, value, year, kind, document };
}

export function factHeader(width: number, lang: Lang, shown?: readonly FactColumn[]): Line {
  const w = factWidths(width, lang, shown);
  return columns([
    { text: '', width: w.status },
    { text: t('place', lang), width: w.place, tone: 'dim' },
    { text: t('metric', lang), width: w.metricZh, tone: 'dim' },
    { text: '', width: w.metricEn, tone: 'dim' },
    { text: t('value', lang), width: w.value, tone: 'dim', align: 'right' },
    { text: t('year', lang), width: w.year, tone: 'dim' },
    { text: t('kind', lang), width: w.kind, tone: 'dim' },
    { text: t('document', lang), width: w.document, tone: 'dim' },
  ]);
}

/** The first column of a proposal's row: a figure ingest read and nobody has reviewed. */
export const PROPOSED_MARK = '◇';

/**
 * A figure's row; a target's first column shows its pace (model/pace.ts): ✓ met, ✗ missed, ↗ on track,
 * ▼ behind pace, ? no report, ~ undecided, ≠ not comparable, … no line to judge by; a proposal's shows ◇.
 * `beside` are the metric names of the rows in view, as shown: a long name is cut so it stays apart from them.
 */
export function factRow(
  fact: Fact,
  width: number,
  lang: Lang,
  label: Labeller,
  dataset: Dataset,
  beside: readonly string[] = [],
  shown?: readonly FactColumn[],
): Line {
  const w = factWidths(width, lang, shown);
  // A proposal is marked before anything else: it is a draft, whatever its progress would say.
  const status =
    fact.status === 'proposed' ? PROPOSED_MARK : fact.kind === 'target' ? PACE_GLYPH[progressOfTarget(dataset, fact).pace] : '';
  return columns([
    { text: status, width: w.status, tone: fact.status === 'proposed' ? 'warn' : 'accent' },
    { text: label.place(fact.place), width: w.place },
    { text: truncateApart(label.metricZh(fact), w.metricZh, beside), width: w.metricZh },
    { text: fact.metric.en ?? '', width: w.metricEn, tone: 'dim' },
    { text: label.value(fact), width: w.value, tone: 'accent', align: 'right' },
    { text: `${fact.year}${fact.year_inferred ? '*' : ''}`, width: w.year },
    { text: label.kind(fact.kind), width: w.kind, tone: fact.kind === 'target' ? 'bold' : 'plain' },
    { text: label.documentTitle(dataset.documentById.get(fact.document)!), width: w.document, tone: 'dim' },
  ]);
}

export function indicatorHeader(width: number, lang: Lang): Line {
  return columns([
    { text: t('indicator', lang), width: width - 24, tone: 'dim' },
    { text: t('places', lang), width: 11, tone: 'dim', align: 'right' },
    { text: t('figuresCol', lang), width: 11, tone: 'dim', align: 'right' },
  ]);
}

/** The places an indicator's figures are of, counted once per list of figures: rows are drawn every frame. */
const placeCounts = new WeakMap<readonly Fact[], number>();

function placesOf(facts: readonly Fact[]): number {
  let count = placeCounts.get(facts);
  if (count === undefined) placeCounts.set(facts, (count = new Set(facts.map((f) => f.place)).size));
  return count;
}

export function indicatorRow(indicator: Indicator, dataset: Dataset, width: number, lang: Lang, label: Labeller): Line {
  const facts = dataset.factsByIndicator.get(indicator.id) ?? [];
  const places = placesOf(facts);
  const name = lang === 'en' ? `${label.zh(indicator.name.zh_hans)}  ${indicator.name.en}` : label.zh(indicator.name.zh_hans);
  return columns([
    { text: name, width: width - 24 },
    { text: String(places), width: 11, align: 'right' },
    { text: String(facts.length), width: 11, align: 'right', tone: facts.length ? 'accent' : 'dim' },
  ]);
}

export function categoryHeader(width: number, lang: Lang): Line {
  return columns([
    { text: t('category', lang), width: width - 12, tone: 'dim' },
    { text: t('figuresCol', lang), width: 11, tone: 'dim', align: 'right' },
  ]);
}

export function categoryRow(category: Category, dataset: Dataset, width: number, lang: Lang, label: Labeller): Line {
  const count = dataset.factsByCategory.get(category.id)?.length ?? 0;
  const name = lang === 'en' ? `${label.zh(category.name.zh_hans)}  ${category.name.en}` : label.category(category.id);
  return columns([
    { text: name, width: width - 12 },
    { text: String(count), width: 11, align: 'right', tone: count ? 'accent' : 'dim' },
  ]);
}

/** An item of a pane as the status bar names it where it is in focus: a title, a name, or a figure's place, year and metric. */
export function itemTitle(pane: Pane, id: string, dataset: Dataset, lang: Lang, label: Labeller): string {
  if (pane === 'documents') return label.zh(dataset.documentById.get(id)!.title.zh);
  if (pane === 'categories') return label.category(id);
  if (pane === 'compare') {
    const indicator = dataset.indicatorById.get(id)!;
    return lang === 'en' ? indicator.name.en : label.zh(indicator.name.zh_hans);
  }
  const fact = dataset.factById.get(id)!;
  return `${label.place(fact.place)} ${fact.year} ${label.metricZh(fact)}`;
}
