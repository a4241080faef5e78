import { UsageError } from '../args.js';
import { defineCommand, unknownValue } from './declaration.js';
import { EXPORT_FORMATS, exportText } from './export.js';
import { selectFacts } from './select.js';
import { BOM_OPTION, withBom } from './bom.js';
import { checkBinary, deliverTable, deliverText, formatOf, OUTPUT_OPTION } from './output.js';
import { inBlocks } from '../platform/output.js';
import { figuresTable } from '../cite/table.js';

const KINDS = ['target', 'reported'] as const;
/** A workbook of the facts besides the text formats; written to --output, or to stdout that is not a terminal. */
const FORMATS = [...EXPORT_FORMATS, 'xlsx'] as const;

export const exportDeclaration = defineCommand({
  name: 'export',
  synopsis:
    '--format json|yaml|csv|tsv|md|xlsx [--output FILE] [--bom] [--place ID] [--indicator ID] [--year YYYY] [--kind target|reported]',
  summary: 'print the dataset (json, yaml) or its facts (csv, tsv, md, xlsx); the filters select the facts',
  options: {
    format: {
      type: 'string',
      short: 'f',
      choices: FORMATS,
      refusal: unknownValue('format', FORMATS),
      description:
        "json: the whole dataset (the default, or --output's extension); yaml: the same; csv, tsv: the facts, one a row; md: the same for a reader; xlsx: the facts as a workbook, with a sheet of sources",
    },
    output: OUTPUT_OPTION,
    bom: BOM_OPTION,
    place: { type: 'string', value: 'ID', description: 'only the facts of this place and of the places within it' },
    indicator: { type: 'string', value: 'ID', description: 'only the facts that measure this indicator' },
    year: { type: 'string', value: 'YYYY', description: 'only the facts of this year' },
    kind: {
      type: 'string',
      choices: KINDS,
      refusal: unknownValue('kind', KINDS),
      description: 'only the targets, or only the reported figures',
    },
  },
  readme: {
    does: 'prints the dataset (see below); the filters select the facts (a place includes the places within it), the other lists are whole',
    exits:
      '0; 1 if the data is broken or the output (or --output FILE) cannot be written; 2 a bad flag (--bom without --format csv or tsv, --format xlsx to a terminal)',
  },
  run({ values }, io, { open }) {
    // Checked before the data is read: a flag that cannot apply is said at once.
    const format = formatOf(values.format, values.output, FORMATS, 'json');
    withBom('', format, values.bom);
    checkBinary(format, values.output, io);
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    const facts = selectFacts(dataset, values);
    if ('error' in facts) throw new UsageError(facts.error);
    const { output } = values;
    // The facts as a table to a file (a CSV or TSV file begins with a byte-order mark) or as a workbook.
    if (format === 'xlsx' || (output !== undefined && format !== 'json' && format !== 'yaml')) {
      return deliverTable(io, figuresTable(dataset, facts.facts), format, { output, count: facts.facts.length, noun: 'figures' });
    }
    // Written as it is made, a block at a time: at 1,000× the whole text would be gigabytes held at once.
    const text = exportText({ ...dataset, facts: facts.facts }, format);
    if (output !== undefined) return deliverText(io, text, { output, what: `the dataset (${facts.facts.length} figures)` });
    const bom = withBom('', format, values.bom);
    if (bom !== '') io.out(bom);
    for (const block of inBlocks(text)) io.out(block);
    return 0;
  },
});
