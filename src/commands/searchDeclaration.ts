import { UsageError } from '../args.js';
import { searchIndexOf } from '../search/cached.js';
import { RESULT_TYPES, type ResultType } from '../search/records.js';
import { defineCommand, unknownValue } from './declaration.js';
import { searchCommand } from './search.js';

export const searchDeclaration = defineCommand({
  name: 'search',
  synopsis: 'QUERY [--json] [--limit N] [--type fact,document,category,place]',
  summary: 'ranked facts, documents, categories and places',
  options: {
    json: {
      type: 'boolean',
      description:
        'print the results as JSON: results (each with its type, id, score, label and the words it did not match), unmatched words, places not in the data',
    },
    limit: { type: 'string', value: 'N', description: 'at most N results (default 20)' },
    type: {
      type: 'string',
      choices: RESULT_TYPES,
      list: true,
      refusal: unknownValue('type', RESULT_TYPES),
      description: 'only results of these types, joined by commas: --type fact,place',
    },
  },
  positionals: { name: 'QUERY', many: true, needed: 'search needs a query, e.g. policy-explorer search 高新技术企业' },
  readme: {
    does: 'ranked results, best first (see below)',
    exits: '0 when a result matches every word; 1 when none does (partial matches only, or none); 2 for a bad flag',
  },
  run({ values, positionals }, io, { open }) {
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number from 1, not "${values.limit}"`);
    const cached = open();
    if (!cached) return 1;
    const types = values.type?.split(',') as ResultType[] | undefined;
    const { text, code } = searchCommand(searchIndexOf(cached), positionals.join(' '), { json: values.json ?? false, limit, types });
    io.out(text);
    return code;
  },
});
