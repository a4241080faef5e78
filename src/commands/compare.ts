import { csvTable, markdownTable, tsvTable } from '../tables/cells.js';
import { formatValue } from '../model/figureText.js';
import { pivot, type Pivot, type PivotCell } from '../model/indicators.js';
import type { Dataset, Fact } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { figureJson } from './label.js';

export const COMPARE_FORMATS = ['md', 'tsv', 'csv', 'json'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

/** The figures an indicator or a category covers, with its names; null for an unknown id. */
export function compared(dataset: Dataset, id: string): { title: string; facts: readonly Fact[] } | null {
  const indicator = dataset.indicatorById.get(id);
  if (indicator) return { title: `${indicator.name.zh_hans} (${indicator.name.en})`, facts: dataset.factsByIndicator.get(id) ?? [] };
  const category = dataset.categoryById.get(id);
  if (category) return { title: `${category.name.zh_hans} (${category.name.en})`, facts: dataset.factsByCategory.get(id) ?? [] };
  return null;
}

/** Places as the sources name them, in Chinese, as citations do. */
function placeName(dataset: Dataset, id: string): string {
  return dataset.placeById.get(id)?.name.zh_hans ?? id;
}

/**
 * A cell's figures: "1,800 家 高新技术企业数量"; one not comparable with the rest is marked ≠ and
 * says its measure; a proposal (only with --include-proposed) is marked ◇.
 */
function cellText(cells: readonly PivotCell[], main: Pivot['main']): string {
  // Not comparable for its measure, or else for its unit (万家 beside 家: values are never converted).
  const why = (c: PivotCell) => (main && c.fact.measure === main.measure ? c.fact.unit : c.fact.measure);
  return cells
    .map(
      (c) =>
        `${c.fact.status === 'proposed' ? '◇ ' : ''}${formatValue(c.fact)}${c.fact.year_inferred ? '*' : ''} ${c.fact.metric.zh}${c.comparable ? '' : ` ≠ (${why(c)})`}`,
    )
    .join('; ');
}

function legend(table: Pivot): string {
  const cells = table.rows.flatMap((r) => [...r.targets, ...r.reported]);
  const lines: string[] = [];
  if (cells.some((c) => !c.comparable)) {
    lines.push(
      table.main
        ? `≠ marks a figure not comparable with the others (they are ${table.main.indicator}, ${table.main.measure}, in ${table.main.family}).`
        : '≠ marks figures not comparable with one another (they measure different things).',
    );
  }
  if (cells.some((c) => c.fact.status === 'proposed')) lines.push('◇ marks a proposed figure, read by ingest and not yet reviewed.');
  if (cells.some((c) => c.fact.year_inferred)) lines.push('\\* marks a figure whose year the text implies but does not state.');
  return lines.join('\n');
}

/** An indicator's or category's figures place × year: Markdown, TSV or CSV (a row a figure), or JSON. */
export function compareCommand(
  dataset: Dataset,
  id: string,
  format: CompareFormat,
): { output: string } | { error: string; exitCode: number } {
  const subject = compared(dataset, id);
  if (!subject) return { error: `no indicator or category "${id}" (see export --format json for the ids)`, exitCode: 1 };
  const table = pivot(dataset, subject.facts);
  const rows = table.rows;
  switch (format) {
    case 'json':
      return {
        output: `${jsonSafe(
          JSON.stringify(
            {
              id,
              main: table.main,
              rows: rows.map((r) => ({
                place: r.place,
                year: r.year,
                targets: r.targets.map((c) => ({ ...figureJson(c.fact), comparable: c.comparable })),
                reported: r.reported.map((c) => ({ ...figureJson(c.fact), comparable: c.comparable })),
              })),
            },
            null,
            2,
          ),
        )}\n`,
      };
    case 'md': {
      const sources = [...new Set(subject.facts.map((f) => f.document))].map((d) => {
        const doc = dataset.documentById.get(d)!;
        // A reader's source: publisher, title and date; the seed file is for the JSON and CSV forms.
        return `- ${doc.publisher.en}, 《${doc.title.zh}》, ${doc.date ?? 'date not stated in the text'}`;
      });
      const body = rows.map((r) => [
        placeName(dataset, r.place),
        String(r.year),
        cellText(r.targets, table.main),
        cellText(r.reported, table.main),
      ]);
      return {
        output: [
          `**${subject.title}**`,
          '',
          markdownTable(['place', 'year', 'targets', 'reported'], body),
          ...(legend(table) ? [legend(table), ''] : []),
          'Sources:',
          ...sources,
          '',
        ].join('\n'),
      };
    }
    case 'tsv':
    case 'csv': {
      const header = [
        'place',
        'place_id',
        'year',
        'kind',
        'value',
        'value_min',
        'value_max',
        'unit',
        'qualifier',
        'measure',
        'comparable',
        'metric_zh',
        'id',
        'status',
        // Where each figure is stated, after the columns scripts already read by name.
        'place_code',
        'year_inferred',
        'document',
        'document_title',
        'quote',
      ];
      const body = rows.flatMap((r) =>
        [...r.targets, ...r.reported].map((c) => [
          placeName(dataset, r.place),
          r.place,
          r.year,
          c.fact.kind,
          c.fact.value ?? null,
          c.fact.value_min ?? null,
          c.fact.value_max ?? null,
          c.fact.unit,
          c.fact.qualifier,
          c.fact.measure,
          c.comparable,
          c.fact.metric.zh,
          c.fact.id,
          c.fact.status ?? 'accepted',
          dataset.placeById.get(c.fact.place)?.code ?? null,
          c.fact.year_inferred === true,
          c.fact.document,
          dataset.documentById.get(c.fact.document)!.title.zh,
          c.fact.quote,
        ]),
      );
      if (format === 'csv') return { output: csvTable(header, body) };
      return { output: tsvTable(header, body) };
    }
  }
}
