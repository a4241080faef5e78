import { UsageError } from '../args.js';
import { defineCommand, unknownValue } from './declaration.js';
import { EXPORT_FORMATS, exportText, writeInBlocks } from './export.js';
import { selectFacts } from './select.js';
import { BOM_OPTION, withBom } from './bom.js';

const KINDS = ['target', 'reported'] as const;

export const exportDeclaration = defineCommand({
  name: 'export',
  synopsis: '--format json|yaml|csv|tsv|md [--bom] [--place ID] [--indicator ID] [--year YYYY] [--kind target|reported]',
  summary: 'print the dataset (json, yaml) or its facts (csv, tsv, md); the filters select the facts',
  options: {
    format: {
      type: 'string',
      short: 'f',
      choices: EXPORT_FORMATS,
      refusal: unknownValue('format', EXPORT_FORMATS),
      description: 'json: the whole dataset (the default); yaml: the same; csv, tsv: the facts, one a row; md: the same for a reader',
    },
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
    exits: '0; 1 if the data is broken or the output cannot be written; 2 a bad flag (--bom without --format csv)',
  },
  run({ values }, io, { open }) {
    // Checked before the data is read: a flag that cannot apply is said at once.
    withBom('', values.format ?? 'json', values.bom);
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    const facts = selectFacts(dataset, values);
    if ('error' in facts) throw new UsageError(facts.error);
    const format = values.format ?? 'json';
    // Written as it is made, a block at a time: at 1,000× the whole text would be gigabytes held at once.
    const bom = withBom('', format, values.bom);
    if (bom !== '') io.out(bom);
    writeInBlocks(exportText({ ...dataset, facts: facts.facts }, format), io.out);
    return 0;
  },
});
