import { COMPARE_FORMATS, compareCommand } from './compare.js';
import { defineCommand, printed, unknownValue } from './declaration.js';
import { BOM_OPTION, withBom } from './bom.js';

export const compareDeclaration = defineCommand({
  name: 'compare',
  synopsis: 'INDICATOR|CATEGORY [--format md|tsv|csv|json] [--bom]',
  summary: "an indicator's or category's figures, place × year",
  options: {
    format: {
      type: 'string',
      short: 'f',
      choices: COMPARE_FORMATS,
      refusal: unknownValue('format', COMPARE_FORMATS),
      description: 'md (the default), tsv, csv or json',
    },
    bom: BOM_OPTION,
  },
  positionals: { name: 'INDICATOR|CATEGORY', needed: 'compare needs an id, e.g. policy-explorer compare high-tech' },
  readme: {
    does:
      "an indicator's or category's figures place × year, a row a figure; figures not comparable with the rest are marked " +
      "(`comparable: false` in TSV, CSV and JSON); TSV and CSV have the export contract's columns (below), then `place_name` and " +
      '`comparable`; JSON keeps the place × year rows, each figure with its document, section, quote and place code; Markdown gives ' +
      'each figure its source and quote, marks an inferred year `*`, and lists the sources',
    exits: '0; 1 unknown id; 2 bad format, or --bom without --format csv',
  },
  run({ values, positionals }, io, { open }) {
    const format = values.format ?? 'md';
    withBom('', format, values.bom);
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    const result = compareCommand(dataset, positionals[0]!, format);
    return printed(io, 'output' in result ? { output: withBom(result.output, format, values.bom) } : result);
  },
});
