import { defineCommand } from './declaration.js';
import { FIELD_NAMES } from '../review/fields.js';
import { checkReviewFlags, decides, reviewCommand, type ReviewOptions } from './review.js';

/** The review screen, for the caller to start on a terminal. */
export interface ReviewOnScreen {
  review: ReviewStart;
}

/** What `review DIR` on a terminal opens: the folder's proposals, in this order. */
export interface ReviewStart {
  readonly dir: string;
  readonly order: 'confidence' | 'text';
}

const ORDERS = ['confidence', 'text'] as const;

export const reviewDeclaration = defineCommand({
  name: 'review',
  synopsis:
    'DIR [--json] [--order confidence|text] [--accept ID...] [--reject ID... [--why T]] [--set FIELD=VALUE...] [--accept-all [--min-confidence C] [--except ID,ID]] [--dry-run]',
  summary: "a folder's proposals, least sure first: one by one on a terminal, else listed or decided by id",
  options: {
    json: { type: 'boolean', description: 'list the proposals as JSON' },
    order: {
      type: 'string',
      choices: ORDERS,
      refusal: (value) => `--order takes confidence or text, not "${value}"`,
      description: "confidence: least sure first (the default); text: in the text's order",
    },
    accept: { type: 'string', value: 'ID', multiple: true, description: 'make a fact of this proposal; give it once for each' },
    reject: { type: 'string', value: 'ID', multiple: true, description: "move this proposal to its document's rejected list" },
    why: { type: 'string', value: 'T', description: 'why, kept with the proposals --reject names' },
    'accept-all': { type: 'boolean', description: 'accept every proposal ready to be a fact' },
    except: { type: 'string', value: 'ID,ID', description: 'with --accept-all: leave these proposals as they are' },
    'min-confidence': {
      type: 'string',
      value: 'C',
      description: 'with --accept-all: take only the proposals of confidence C or more (0 to 1); the rest are left, and counted',
    },
    'dry-run': {
      type: 'boolean',
      description: 'print the diff the decisions would write to each document, and write nothing',
    },
    set: {
      type: 'string',
      value: 'FIELD=VALUE',
      multiple: true,
      description: `edit a field of the proposals --accept names first: ${FIELD_NAMES.join(', ')}`,
    },
  },
  positionals: { name: 'DIR', needed: 'review needs the folder whose proposals to review: policy-explorer review DIR' },
  readme: {
    does: "lists a folder's proposals, or decides on them by id",
    exits:
      '0; 1 a folder or document it cannot read (each named on a line, with what to do), or a decision refused (a problem it would leave, a file changed on disk, a read-only file, a write that failed; with --dry-run, one that cannot be made); 2 a bad flag (a --min-confidence not from 0 to 1), or one that would decide nothing',
  },
  run({ values, positionals }, io) {
    const dir = positionals[0]!;
    const { order, json, accept, reject, why, except, set } = values;
    const given = {
      order,
      json,
      accept,
      reject,
      why,
      'accept-all': values['accept-all'],
      except,
      'min-confidence': values['min-confidence'],
      'dry-run': values['dry-run'],
      set,
    };
    const options: ReviewOptions = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    checkReviewFlags(options);
    // On a terminal, with nothing decided on the command line, the proposals are reviewed one by one.
    if (!decides(options) && !json && io.stdin.isTTY && io.stdout.isTTY) return { review: { dir, order: order ?? 'confidence' } };
    return reviewCommand(dir, options, io);
  },
});
