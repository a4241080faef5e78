import { UsageError } from '../args.js';
import { defineCommand, printed, unknownValue } from './declaration.js';
import { PROGRESS_FORMATS, progressCommand } from './progress.js';
import { unknownPlace } from './select.js';

export const progressDeclaration = defineCommand({
  name: 'progress',
  synopsis: '[--format md|tsv|csv|json] [--json] [--place ID]',
  summary: 'every target: its latest report, share reached, gap, status and baseline',
  options: {
    format: {
      type: 'string',
      short: 'f',
      choices: PROGRESS_FORMATS,
      refusal: unknownValue('format', PROGRESS_FORMATS),
      description: 'a table: md, tsv or csv (a row a target), or json; without it, a line a target',
    },
    json: { type: 'boolean', description: 'the same as --format json' },
    place: { type: 'string', value: 'ID', description: 'only the targets of this place and of the places within it' },
  },
  readme: {
    does:
      "every target with its latest comparable report, the share reached (`ratio`), the `gap` in the target's unit, the `status` " +
      '(`met`, `behind`, `uncertain`, `no-report`, `not-comparable`) with a `reason` where it is not decided, and its `baseline`; ' +
      "as TSV or CSV, the target's export contract columns, then its report's and baseline's (`report_…`, `baseline_…`: id, year, " +
      'value, unit, qualifier, document, title, section, quote, status), then `gap` and `reason`; Markdown gives each its source and quote',
    exits:
      '0 (with no targets for the place, one line saying so and which places have targets; `--json` gives `[]`); 2 unknown place, bad format, or --json with another format',
  },
  run({ values }, io, { open }) {
    // Checked before the data is read: a flag that cannot apply is said at once.
    if (values.json === true && values.format !== undefined && values.format !== 'json')
      throw new UsageError(`--json is --format json: it does not go with --format ${values.format}`);
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    const unknown = values.place === undefined ? undefined : unknownPlace(dataset, values.place);
    if (unknown !== undefined) throw new UsageError(unknown);
    const { place } = values;
    const format = values.json === true ? 'json' : values.format;
    return printed(
      io,
      progressCommand(dataset, { ...(format === undefined ? {} : { format }), ...(place === undefined ? {} : { place }) }),
    );
  },
});
