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
  readme: {
    does:
      "a fact's or document's citation (see [Copying figures with their source](#copying-figures-with-their-source)): a sentence " +
      'by default, in English unless `--lang zh`; `--format text` is the old name of `sentence` and still works; `--lang` is ' +
      'refused with `json` and `csv`, which have no language. A category or indicator id gives its place × year table, as ' +
      '`compare` prints it (`--format md|tsv|csv`, no `--lang`)',
    exits: '0; 1 unknown id; 2 bad format or language',
  },
  run({ values, positionals }, io, { open }) {
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    return printed(io, showCommand(dataset, positionals[0]!, values.format, values.lang));
  },
});
