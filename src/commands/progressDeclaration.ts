import { UsageError } from '../args.js';
import { defineCommand, printed, unknownValue } from './declaration.js';
import { progressTable } from '../cite/progressTable.js';
import { BOM_OPTION, withBom } from './bom.js';
import { checkBinary, deliverTable, deliverText, formatOf, OUTPUT_OPTION } from './output.js';
import { PROGRESS_FORMATS, progressCommand, targetsOf } from './progress.js';
import { unknownPlace } from './select.js';

/** A workbook besides the text formats: written to --output, or to stdout that is not a terminal. */
const FORMATS = [...PROGRESS_FORMATS, 'xlsx'] as const;

export const progressDeclaration = defineCommand({
  name: 'progress',
  synopsis: '[--format md|tsv|csv|json|xlsx] [--output FILE] [--bom] [--json] [--place ID]',
  summary: 'every target: its latest report, share reached, gap, status, pace and baseline',
  options: {
    format: {
      type: 'string',
      short: 'f',
      choices: FORMATS,
      refusal: unknownValue('format', FORMATS),
      description:
        "a table: md, tsv, csv or xlsx (a row a target), or json; without it (and without --output's extension), a line a target",
    },
    output: OUTPUT_OPTION,
    bom: BOM_OPTION,
    json: { type: 'boolean', description: 'the same as --format json' },
    place: { type: 'string', value: 'ID', description: 'only the targets of this place and of the places within it' },
  },
  readme: {
    does:
      "every target with its latest comparable report, the share reached (`ratio`), the `gap` in the target's unit, the `status` " +
      '(`met`, `behind`, `uncertain`, `no-report`, `not-comparable`) with a `reason` where it is not decided, its `baseline`, and its ' +
      '`pace`, judged from the data and never from the clock: `met`; `missed` (a report at or after the due year falls short); ' +
      '`on-track` or `behind-pace` (a report before the due year, at or above the straight line from the baseline to the target, ' +
      "or below it; the other way for a ceiling or a rank), with the line's value in the report's year (`expected`); `no-report`; " +
      'or `undecided` (a bound either side), `not-comparable` or `unknown` (no baseline to draw the line from) with a `pace_reason`; ' +
      "as TSV or CSV, the target's export contract columns (`progress_pace` among them), then its report's and baseline's (`report_…`, " +
      '`baseline_…`: id, year, value, unit, qualifier, document, title, section, quote, status), then `gap`, `reason`, `expected` and ' +
      '`pace_reason`; Markdown gives each its source and quote, and the pace with its due year',
    exits:
      '0 (with no targets for the place, one line saying so and which places have targets; `--json` gives `[]`); 1 the output cannot be written; 2 unknown place, bad format, --json with another format, --bom without --format csv or tsv, or --format xlsx to a terminal',
  },
  run({ values }, io, { open }) {
    // Checked before the data is read: a flag that cannot apply is said at once.
    if (values.json === true && values.format !== undefined && values.format !== 'json')
      throw new UsageError(`--json is --format json: it does not go with --format ${values.format}`);
    const { output, place } = values;
    const format = values.json === true ? 'json' : output === undefined ? values.format : formatOf(values.format, output, FORMATS, 'md');
    if (format !== undefined) checkBinary(format, output, io);
    withBom('', format ?? 'the text lines', values.bom);
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    const unknown = place === undefined ? undefined : unknownPlace(dataset, place);
    if (unknown !== undefined) throw new UsageError(unknown);
    if (format === 'xlsx' || (output !== undefined && format !== 'json')) {
      const targets = targetsOf(dataset, place);
      return deliverTable(io, progressTable(dataset, targets), format ?? 'md', { output, count: targets.length, noun: 'targets' });
    }
    const result = progressCommand(dataset, { ...(format === undefined ? {} : { format }), ...(place === undefined ? {} : { place }) });
    if (output === undefined) return printed(io, { output: withBom(result.output, format ?? 'the text lines', values.bom) });
    return deliverText(io, [result.output], { output, what: 'the targets' });
  },
});
