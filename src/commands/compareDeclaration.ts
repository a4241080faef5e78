import { COMPARE_FORMATS, compareCommand } from './compare.js';
import { defineCommand, printed, unknownValue } from './declaration.js';

export const compareDeclaration = defineCommand({
  name: 'compare',
  synopsis: 'INDICATOR|CATEGORY [--format md|tsv|csv|json]',
  summary: "an indicator's or category's figures, place × year",
  options: {
    format: {
      type: 'string',
      short: 'f',
      choices: COMPARE_FORMATS,
      refusal: unknownValue('format', COMPARE_FORMATS),
      description: 'md (the default), tsv, csv or json',
    },
  },
  positionals: { name: 'INDICATOR|CATEGORY', needed: 'compare needs an id, e.g. policy-explorer compare high-tech' },
  readme: {
    does:
      "the place × year table of an indicator's or category's figures; figures not comparable with the rest are marked " +
      '(`comparable: false` in TSV, CSV and JSON)',
    exits: '0; 1 unknown id; 2 bad format',
  },
  run({ values, positionals }, io, { open }) {
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    return printed(io, compareCommand(dataset, positionals[0]!, values.format ?? 'md'));
  },
});
