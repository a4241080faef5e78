import { compared, compareTable } from '../cite/compareTable.js';
import { COMPARE_FORMATS, compareCommand } from './compare.js';
import { defineCommand, printed, unknownValue } from './declaration.js';
import { BOM_OPTION, withBom } from './bom.js';
import { checkBinary, deliverTable, deliverText, formatOf, OUTPUT_OPTION } from './output.js';

/** A workbook besides the text formats: written to --output, or to stdout that is not a terminal. */
const FORMATS = [...COMPARE_FORMATS, 'xlsx'] as const;

export const compareDeclaration = defineCommand({
  name: 'compare',
  synopsis: 'INDICATOR|CATEGORY [--format md|tsv|csv|json|xlsx] [--output FILE] [--bom]',
  summary: "an indicator's or category's figures, place × year",
  options: {
    format: {
      type: 'string',
      short: 'f',
      choices: FORMATS,
      refusal: unknownValue('format', FORMATS),
      description: "md (the default, or --output's extension), tsv, csv, json, or xlsx: a workbook with a sheet of sources",
    },
    output: OUTPUT_OPTION,
    bom: BOM_OPTION,
  },
  positionals: { name: 'INDICATOR|CATEGORY', needed: 'compare needs an id, e.g. policy-explorer compare high-tech' },
  readme: {
    does:
      "an indicator's or category's figures place × year, a row a figure; figures not comparable with the rest are marked " +
      "(`comparable: false` in TSV, CSV and JSON); TSV and CSV have the export contract's columns (below), then `place_name` and " +
      '`comparable`; JSON keeps the place × year rows, each figure with its document, section, quote and place code; Markdown gives ' +
      'each figure its source and quote, marks an inferred year `*`, and lists the sources',
    exits:
      '0; 1 unknown id, or the output cannot be written; 2 bad format, --bom without --format csv or tsv, or --format xlsx to a terminal',
  },
  run({ values, positionals }, io, { open }) {
    const { output } = values;
    const format = formatOf(values.format, output, FORMATS, 'md');
    withBom('', format, values.bom);
    checkBinary(format, output, io);
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    const id = positionals[0]!;
    if (format === 'xlsx' || (output !== undefined && format !== 'json')) {
      const table = compareTable(dataset, id);
      // An unknown id is said as the text formats say it.
      if (table === null) return printed(io, compareCommand(dataset, id, 'md'));
      return deliverTable(io, table, format, { output, count: compared(dataset, id)!.facts.length, noun: 'figures' });
    }
    const result = compareCommand(dataset, id, format);
    if ('error' in result || output === undefined)
      return printed(io, 'output' in result ? { output: withBom(result.output, format, values.bom) } : result);
    return deliverText(io, [result.output], { output, what: `the comparison of ${id}` });
  },
});
