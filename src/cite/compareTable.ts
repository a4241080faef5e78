import { pivot, type Pivot, type PivotCell } from '../model/indicators.js';
import type { Dataset, Fact } from '../model/types.js';
import { figureColumns } from '../tables/figure.js';
import { sourceOfDocument } from '../tables/sources.js';
import type { Table } from '../tables/table.js';
import { FIGURE_HEADERS, figureProse, oneLine } from './figureProse.js';
import { AS_WRITTEN, type CiteStyle } from './words.js';

/**
 * An indicator's or a category's figures, place × year, as a table: a row a figure, in the
 * pivot's order (places in tree order, then years, targets before reported figures). Scripts
 * read the export contract's columns, then the place as the sources name it and whether the
 * figure compares with the rest; a reader reads each figure's value with its marks, its
 * metric, its source and its quote.
 */

/** The figures an indicator or a category covers, with its names; null for an unknown id. */
export function compared(dataset: Dataset, id: string): { title: string; facts: readonly Fact[] } | null {
  const indicator = dataset.indicatorById.get(id);
  if (indicator) return { title: `${indicator.name.zh_hans} (${indicator.name.en})`, facts: dataset.factsByIndicator.get(id) ?? [] };
  const category = dataset.categoryById.get(id);
  if (category) return { title: `${category.name.zh_hans} (${category.name.en})`, facts: dataset.factsByCategory.get(id) ?? [] };
  return null;
}

/** What ≠ means in a comparison: what the odd ones out differ from. */
function notComparable(main: Pivot['main'], lang: 'en' | 'zh'): string {
  if (lang === 'zh')
    return main
      ? `≠ 标记与其余不可比的数据（其余为 ${main.indicator}、${main.measure}，单位类别 ${main.family}）。`
      : '≠ 标记彼此不可比的数据（所衡量的不同）。';
  return main
    ? `≠ marks a figure not comparable with the others (they are ${main.indicator}, ${main.measure}, in ${main.family}).`
    : '≠ marks figures not comparable with one another (they measure different things).';
}

/** Places as the sources name them, in Chinese, as citations do. */
function placeName(dataset: Dataset, id: string): string {
  return dataset.placeById.get(id)?.name.zh_hans ?? id;
}

/** The table of an indicator's or category's figures; null for an unknown id. `style` is the Markdown's language and script. */
export function compareTable(dataset: Dataset, id: string, style: CiteStyle = AS_WRITTEN): Table<PivotCell> | null {
  const subject = compared(dataset, id);
  if (!subject) return null;
  const { rows, main } = pivot(dataset, subject.facts);
  const cell = figureProse(dataset, style);
  // Not comparable for its measure, or else for its unit (万家 beside 家: values are never converted).
  const why = (c: PivotCell) => (main && c.fact.measure === main.measure ? c.fact.unit : c.fact.measure);
  return {
    name: 'compare',
    title: `**${oneLine(style.zh(subject.title))}**`,
    columns: [
      ...figureColumns(dataset, (c: PivotCell) => c.fact),
      { name: 'place_name', kind: 'text', value: (c) => placeName(dataset, c.fact.place) },
      { name: 'comparable', kind: 'boolean', value: (c) => c.comparable },
    ],
    prose: {
      header: FIGURE_HEADERS[style.lang],
      row: (c) => cell.row(c.fact, `${cell.value(c.fact)}${c.comparable ? '' : ` ≠ (${why(c)})`}`),
      marks: (c) => [...(c.comparable ? [] : ['≠']), ...cell.marks(c.fact)],
      legend: { '≠': notComparable(main, style.lang), ...cell.legend },
      sourcesHeading: cell.sourcesHeading,
      sourceLine: cell.sourceLine,
    },
    rows: rows.flatMap((r) => [...r.targets, ...r.reported]),
    documentsOf: (c) => [c.fact.document],
    source: (document) => sourceOfDocument(dataset, document),
  };
}
