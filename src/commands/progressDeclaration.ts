import { UsageError } from '../args.js';
import { defineCommand, printed } from './declaration.js';
import { progressCommand } from './progress.js';
import { unknownPlace } from './select.js';

export const progressDeclaration = defineCommand({
  name: 'progress',
  synopsis: '[--json] [--place ID]',
  summary: 'every target: its latest report, share reached, gap, status and baseline',
  options: {
    json: { type: 'boolean', description: 'print the targets as JSON' },
    place: { type: 'string', value: 'ID', description: 'only the targets of this place and of the places within it' },
  },
  readme: {
    does:
      "every target with its latest comparable report, the share reached (`ratio`), the `gap` in the target's unit, the `status` " +
      '(`met`, `behind`, `uncertain`, `no-report`, `not-comparable`) with a `reason` where it is not decided, and its `baseline`',
    exits: '0 (with no targets for the place, one line saying so and which places have targets; `--json` gives `[]`); 2 unknown place',
  },
  run({ values }, io, { open }) {
    const dataset = open()?.dataset;
    if (!dataset) return 1;
    const unknown = values.place === undefined ? undefined : unknownPlace(dataset, values.place);
    if (unknown !== undefined) throw new UsageError(unknown);
    const { place } = values;
    return printed(io, progressCommand(dataset, { json: values.json ?? false, ...(place === undefined ? {} : { place }) }));
  },
});
