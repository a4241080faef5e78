import { defineCommand, printed } from './declaration.js';
import { showCommand } from './show.js';

export const showDeclaration = defineCommand({
  name: 'show',
  synopsis: 'ID [--format sentence|reference|md|json|csv] [--lang en|zh]',
  summary: "a fact's or document's citation, or a category's or indicator's place × year table",
  options: {
    // Which formats there are depends on what the id names: show itself checks.
    format: {
      type: 'string',
      short: 'f',
      value: 'FORMAT',
      description:
        "a fact's or document's citation: sentence (default), reference, md (in English or Chinese), json, csv; " +
        "a category's or indicator's table: md (default), tsv, csv",
    },
  },
  positionals: { name: 'ID', needed: 'show needs an id, e.g. policy-explorer show nanning-2024-hitech-count' },
  run({ values, positionals }, io, { open }) {
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    return printed(io, showCommand(dataset, positionals[0]!, values.format, values.lang));
  },
});
