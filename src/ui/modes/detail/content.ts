import { familyOf, familyReason } from '../../../model/family.js';
import { QUALIFIER_WORDS } from '../../../model/figureText.js';
import { progressOfTarget, type Pivot, type PivotCell } from '../../../model/indicators.js';
import { sentenceAround } from '../../../model/queries.js';
import type { Dataset, Fact } from '../../../model/types.js';
import type { Labeller } from '../../text/labels.js';
import type { Around } from '../../state/selectors.js';
import { ContentBuilder, type Content } from '../../text/content.js';
import { columns, markSpans, seg, type Line, type Tone } from '../../text/lines.js';
import { englishOnly, t, tf, type Lang } from '../../strings.js';
import { displayWidth, fitWidth } from '../../text/text.js';
import { wrap } from '../../text/wrap.js';
import { UNICODE_GLYPHS, type Glyphs } from '../../components/barGeometry.js';
import { chartLines } from './chart.js';
import { progressFields } from './progress.js';

/**
 * The Detail pane's content, built a window at a time, with the line of each link to another
 * figure, so the pane can scroll the focused link into view. The links and their order are
 * `Queries.links`, the same list the cursor moves through; the builders only place them.
 */
export type DetailContent = Content;

interface Ctx {
  readonly dataset: Dataset;
  readonly width: number;
  readonly lang: Lang;
  readonly label: Labeller;
  /** The figures the detail links to, in cursor order (`Queries.links`). */
  readonly links: readonly Fact[];
  /** The focused link, or -1 when the detail is not focused. */
  readonly cursor: number;
  /** The glyphs an indicator's chart is drawn with; the same lines in either set, so the keys need not know which. */
  readonly glyphs?: Glyphs;
}

class Builder extends ContentBuilder {
  constructor(private readonly ctx: Ctx) {
    super();
  }

  heading(text: string): void {
    this.blank();
    this.line(seg(text, 'dim'));
  }
  /** A labelled field; long values wrap under the label. */
  field(name: string, value: string, tone: Tone = 'plain'): void {
    // Column-exact, so Chinese labels (two columns a character) line up with English ones.
    const labelWidth = 13;
    const room = this.ctx.width - labelWidth;
    wrap(value, Math.max(10, room)).forEach((l, i) => {
      this.line(seg(fitWidth(i === 0 ? name : '', labelWidth - 1) + ' '), seg(l.text, tone));
    });
  }
  /** Text with one span marked, wrapped to the width. */
  marked(text: string, from: number, to: number): void {
    for (const l of wrap(text, this.ctx.width)) this.line(...markSpans(l.text, [{ from: from - l.start, to: to - l.start, tone: 'mark' }]));
  }
  /** Whether link `index` has the cursor. */
  focused(index: number): boolean {
    return index === this.ctx.cursor;
  }
  /** Links `first`, `first + 1`, … one row each: `count` figures, the k-th being `fact(k)`. */
  links(first: number, count: number, fact: (k: number) => Fact): void {
    this.rows(count, (k) => this.linkRow(fact(k), first + k), { first });
  }
  private linkRow(fact: Fact, index: number): Line {
    const { label, width } = this.ctx;
    const focused = this.focused(index);
    // The kind goes last and only where there is room: the metric says more.
    const kindWidth = width >= 64 ? 8 : 0;
    const row = columns([
      { text: focused ? '›' : ' ', width: 1, tone: 'accent' },
      { text: label.place(fact.place), width: 9 },
      { text: String(fact.year), width: 4 },
      { text: label.value(fact), width: 12, align: 'right', tone: 'accent' },
      { text: label.metricZh(fact), width: Math.max(0, width - 30 - (kindWidth ? kindWidth + 1 : 0)) },
      { text: label.kind(fact.kind), width: kindWidth },
    ]);
    return focused ? row.map((s) => ({ ...s, tone: 'current' as const })) : row;
  }
}

export function factDetail(fact: Fact, around: Around, ctx: Ctx): DetailContent {
  const { dataset, lang, label } = ctx;
  const b = new Builder(ctx);
  const doc = dataset.documentById.get(fact.document)!;
  // The metric's names wrap rather than lose their end: an English one often ends in what it counts, "(cumulative)".
  for (const l of wrap(label.metricZh(fact), ctx.width)) b.line(seg(l.text, 'bold'));
  for (const l of wrap(fact.metric.en ?? '', ctx.width)) b.line(seg(l.text, 'dim'));
  if (fact.status === 'proposed') {
    b.line(seg(tf('proposalNote', lang, { c: (fact.confidence ?? 0).toFixed(2) }), 'warn'));
    for (const reason of fact.reasons ?? []) for (const l of wrap(`· ${reason}`, ctx.width)) b.line(seg(l.text, 'dim'));
  }
  b.blank();
  // "exact" is the absence of a qualifier in the text: nothing to say.
  const qualifier = fact.qualifier === 'exact' ? '' : `   ${QUALIFIER_WORDS[fact.qualifier][lang]}`;
  b.line(seg(label.value(fact), 'accent'), seg(qualifier, 'dim'));
  b.blank();
  b.field(t('kind', lang), `${label.kind(fact.kind)}${fact.strive ? ` · ${t('strive', lang)}` : ''}`);
  // A five-year review's figure is as of the period's last year: the period is shown beside it.
  const period = fact.period?.replace('-', '–');
  b.field(t('year', lang), period ? `${fact.year} (${lang === 'zh' ? `${period}年期间` : `period ${period}`})` : String(fact.year));
  b.field(t('place', lang), label.place(fact.place));
  if (fact.category) b.field(t('category', lang), label.category(fact.category));
  if (fact.indicator !== null) {
    const indicator = dataset.indicatorById.get(fact.indicator)!;
    b.field(
      t('indicator', lang),
      `${lang === 'en' ? indicator.name.en : label.zh(indicator.name.zh_hans)} · ${label.measure(fact.measure)}`,
    );
  }
  if (fact.kind === 'target')
    for (const f of progressFields(progressOfTarget(dataset, fact), lang, label)) b.field(f.name, f.value, f.tone);
  b.field(
    t('document', lang),
    lang === 'zh' ? `${label.documentTitle(doc)}（${label.date(doc)}）` : `${label.documentTitle(doc)} (${label.date(doc)})`,
  );
  const section = doc.sections.find((s) => s.id === fact.section);
  if (section) b.field(t('section', lang), lang === 'en' ? section.title.en : label.zh(section.title.zh));
  if (fact.responsible?.length) b.field(t('responsible', lang), label.zh(fact.responsible.join('、')));
  b.field(t('quote', lang), `“${label.zh(fact.quote)}”`, 'accent');
  if (fact.note) b.field(t('note', lang), englishOnly(fact.note, lang), 'dim');
  const sentence = sentenceAround(doc, fact.span);
  b.heading(t('context', lang));
  b.marked(label.zh(sentence.text), sentence.quoteAt, sentence.quoteAt + fact.quote.length);

  const { linked, related } = around;
  const LINK_HEADING = { target: 'progressOf', 'baseline-of': 'baselineOf', baseline: 'startsFrom', progress: 'progress' } as const;
  let heading = '';
  linked.forEach((l, i) => {
    if (LINK_HEADING[l.link] !== heading) b.heading(t((heading = LINK_HEADING[l.link]), lang));
    b.links(i, 1, () => l.fact);
  });
  // Related figures by place, each group saying how its figures relate; a group's rows are made when shown.
  if (related.length) b.heading(t('related', lang));
  for (let start = 0; start < related.length;) {
    const place = related[start]!.fact.place;
    const relation = related[start]!.relation;
    let end = start + 1;
    // Figures of the family are grouped by their indicator, each group saying how it is of the family.
    const indicator = related[start]!.fact.indicator;
    const same = (r: (typeof related)[number]) =>
      r.fact.place === place && r.relation === relation && (relation !== 'same-family' || r.fact.indicator === indicator);
    while (end < related.length && same(related[end]!)) end++;
    const how =
      relation === 'same-family'
        ? tf('relation-same-family', lang, { reason: familyWords(dataset, fact.indicator!, indicator!, lang, label) })
        : t(`relation-${relation}`, lang);
    // A family's reason is long: it wraps under itself rather than losing its end.
    const name = label.place(place);
    const indent = displayWidth(name) + 2;
    wrap(how, Math.max(10, ctx.width - indent)).forEach((l, i) =>
      b.line(i === 0 ? seg(name, 'bold') : seg(' '.repeat(indent - 2)), seg(`  ${l.text}`, 'dim')),
    );
    const first = start;
    b.links(linked.length + first, end - first, (k) => related[first + k]!.fact);
    start = end;
  }
  return b;
}

/** How a figure of `other` is of the family of the shown figure's indicator, in the reader's language and script. */
const familyWords = (dataset: Dataset, indicator: string, other: string, lang: Lang, label: Labeller): string => {
  const reason = familyReason(dataset, indicator, other);
  return lang === 'en' ? reason.en : label.zh(reason.zh);
};

/** The measure and unit family most figures share, which the others are marked against: " (stock, count)", "（存量，数量）". */
function mainWords(main: NonNullable<Pivot['main']>, { lang, label }: Ctx): string {
  const measure = label.measure(main.measure);
  const family = label.family(main.family);
  return lang === 'zh' ? `（${measure}，${family}）` : ` (${measure}, ${family})`;
}

/** An indicator's or category's figures place × year, each cell a jump; odd ones out marked ≠. */
function pivotLines(b: Builder, table: Pivot, ctx: Ctx): void {
  const { lang, label, width } = ctx;
  b.heading(t('comparison', lang));
  const cell = Math.max(10, Math.floor((width - 16) / 2));
  b.line(
    ...columns([
      { text: t('place', lang), width: 9, tone: 'dim' },
      { text: t('year', lang), width: 4, tone: 'dim' },
      { text: t('targetsCol', lang), width: cell, tone: 'dim' },
      { text: t('reportedCol', lang), width: cell, tone: 'dim' },
    ]),
  );
  if (table.rows.length === 0) b.line(seg(t('noneYet', lang), 'dim'));
  // The links run row by row, a row's targets before its figures reported (`Queries.links`),
  // while its lines set them side by side: link k of a row stands on its line k, or k − targets.
  let first = 0;
  for (const row of table.rows) {
    const { targets, reported } = row;
    const base = first;
    const cellOf = (cells: readonly PivotCell[], i: number, index: number) => {
      const c = cells[i];
      if (!c) return { text: '', width: cell };
      const focused = b.focused(index);
      const mark = c.comparable ? ' ' : '≠';
      return {
        text: `${focused ? '›' : mark}${label.value(c.fact)} ${label.metricZh(c.fact)}`,
        width: cell,
        tone: focused ? ('current' as const) : c.comparable ? ('accent' as const) : ('dim' as const),
      };
    };
    b.rows(
      Math.max(targets.length, reported.length),
      (i) =>
        columns([
          { text: i === 0 ? label.place(row.place) : '', width: 9 },
          { text: i === 0 ? String(row.year) : '', width: 4 },
          cellOf(targets, i, base + i),
          cellOf(reported, i, base + targets.length + i),
        ]),
      { first: base, count: targets.length + reported.length, lineOf: (k) => (k < targets.length ? k : k - targets.length) },
    );
    first += targets.length + reported.length;
  }
  const odd = table.rows.some((r) => r.targets.some((c) => !c.comparable) || r.reported.some((c) => !c.comparable));
  if (odd) b.line(seg(`${t('notComparableLegend', lang)}${table.main ? mainWords(table.main, ctx) : ''}`, 'dim'));
}

export function documentDetail(id: string, ctx: Ctx): DetailContent {
  const { dataset, lang, label } = ctx;
  const doc = dataset.documentById.get(id)!;
  const b = new Builder(ctx);
  for (const l of wrap(label.zh(doc.title.zh), ctx.width)) b.line(seg(l.text, 'bold'));
  for (const l of wrap(doc.title.en ?? '', ctx.width)) b.line(seg(l.text, 'dim'));
  b.blank();
  b.field(t('date', lang), label.date(doc));
  if (doc.date_note) b.field('', englishOnly(doc.date_note, lang), 'dim');
  b.field(t('publisher', lang), lang === 'en' ? doc.publisher.en : label.zh(doc.publisher.zh));
  b.field(t('place', lang), label.place(doc.place));
  b.field(t('kind', lang), t(doc.kind, lang));
  b.field(t('seed', lang), doc.seed, 'dim');
  if (doc.sections.length) b.field(t('sections', lang), String(doc.sections.length));
  b.heading(`${t('factsHere', lang)} (${doc.facts.length})`);
  b.links(0, ctx.links.length, (k) => ctx.links[k]!);
  return b;
}

export function categoryDetail(id: string, table: Pivot, ctx: Ctx): DetailContent {
  const { dataset, lang, label, width } = ctx;
  const category = dataset.categoryById.get(id)!;
  const b = new Builder(ctx);
  b.line(seg(label.zh(category.name.zh_hans), 'bold'), seg(`  ${category.name.en}`, 'dim'));
  if (category.aliases.length) b.field(t('aliases', lang), category.aliases.join(', '), 'dim');
  b.blank();
  for (const l of wrap(englishOnly(category.definition, lang), width)) b.line(seg(l.text));
  if (category.next) b.field(t('ladderNext', lang), label.category(category.next));

  pivotLines(b, table, ctx);
  return b;
}

/** An indicator: what it is, and its figures place × year (`table`, from `Queries.pivotOf`). */
export function indicatorDetail(id: string, table: Pivot, ctx: Ctx): DetailContent {
  const { dataset, lang, label, width } = ctx;
  const indicator = dataset.indicatorById.get(id)!;
  const b = new Builder(ctx);
  b.line(seg(label.zh(indicator.name.zh_hans), 'bold'), seg(`  ${indicator.name.en}`, 'dim'));
  if (indicator.aliases.length) b.field(t('aliases', lang), indicator.aliases.join(', '), 'dim');
  // The picture first, where the pane opens: the table below has every figure, the odd ones too.
  chartLines(b, table, { width, lang, label, glyphs: ctx.glyphs ?? UNICODE_GLYPHS });
  b.blank();
  for (const l of wrap(englishOnly(indicator.definition, lang), width)) b.line(seg(l.text));
  b.field(t('unitFamily', lang), label.family(indicator.unit_family));
  if (indicator.categories.length) b.field(t('category', lang), indicator.categories.map((c) => label.category(c)).join(', '));
  // Its neighbours, related but not comparable: the family's head first.
  const family = familyOf(dataset, id);
  if (family) {
    const names = family.members.filter((m) => m !== id).map((m) => dataset.indicatorById.get(m)!.name);
    b.field(t('indicatorFamily', lang), names.map((n) => (lang === 'en' ? n.en : label.zh(n.zh_hans))).join(lang === 'en' ? ', ' : '、'));
  }
  pivotLines(b, table, ctx);
  return b;
}
