import { defineCommand, printed } from './declaration.js';
import { relatedCommand } from './related.js';

export const relatedDeclaration = defineCommand({
  name: 'related',
  synopsis: 'ID [--json]',
  summary: "a fact's linked and related figures, and how each relates",
  options: { json: { type: 'boolean', description: "print the figures as JSON, each with the fact's fields" } },
  positionals: { name: 'ID', needed: 'related needs an id, e.g. policy-explorer related nanning-2023-hitech-count' },
  readme: {
    does:
      'the figures linked to a fact (`target`, `progress`, `baseline`, `baseline-of`) and related ones, each with its relation ' +
      '(`comparable`, `same-indicator`, `same-family`, `same-category`) and why; its own place first, then its parent and ' +
      "children, then the others; JSON rows carry `relation`, `reason`, a family's `family` and the fact's fields",
    exits: '0; 1 unknown id',
  },
  run({ values, positionals }, io, { open }) {
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    return printed(io, relatedCommand(dataset, positionals[0]!, values.json ?? false));
  },
});
