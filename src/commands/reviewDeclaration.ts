import { defineCommand } from './declaration.js';
import { readSettings } from './settings.js';
import { FIELD_NAMES } from '../review/fields.js';
import { checkReviewFlags, decides, reviewCommand, type ReviewOptions } from './review.js';
import { PLACE_FIELD_NAMES } from '../review/placeFields.js';
import { aboutPlaces, checkPlaceFlags, reviewPlacesCommand } from './reviewPlaces.js';

/** The review screen, for the caller to start on a terminal. */
export interface ReviewOnScreen {
  review: ReviewStart;
}

/** What `review DIR` on a terminal opens: the folder's proposals, in this order. */
export interface ReviewStart {
  readonly dir: string;
  readonly order: 'confidence' | 'text';
  /** The screen's language, as the explorer's: --lang, else the settings file's, else English. */
  readonly lang: 'en' | 'zh';
}

const ORDERS = ['confidence', 'text'] as const;

export const reviewDeclaration = defineCommand({
  name: 'review',
  synopsis:
    'DIR [--json] [--order confidence|text] [--accept ID...] [--reject ID... [--why T]] [--set FIELD=VALUE...] [--accept-all [--min-confidence C] [--except ID,ID]] [--dry-run] [--links ID | --link FIGURE=TARGET] | DIR --places | DIR --place ID [--set-place FIELD=VALUE...]',
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
    places: { type: 'boolean', description: 'list the proposed places, each with what the gazetteer fills in' },
    place: { type: 'string', value: 'ID', description: 'finish this proposed place as listed: it is no longer proposed' },
    'set-place': {
      type: 'string',
      value: 'FIELD=VALUE',
      multiple: true,
      description: `with --place: give a field of the place: ${PLACE_FIELD_NAMES.join(', ')}`,
    },
    links: {
      type: 'string',
      value: 'ID',
      description: 'list the figures that may report on this target or be its baseline (or, for a reported figure, its targets), with why',
    },
    link: {
      type: 'string',
      value: 'FIGURE=TARGET',
      description: "link a reported figure to a target: progress_of or baseline_of by the figure's year against the target's base",
    },
  },
  positionals: { name: 'DIR', needed: 'review needs the folder whose proposals to review: policy-explorer review DIR' },
  readme: {
    does: "lists a folder's proposals, or decides on them by id; lists and finishes its proposed places",
    exits:
      '0; 1 a folder or document it cannot read (each named on a line, with what to do), or a decision or the finishing of a place refused (a problem it would leave, a file changed on disk, a read-only file, a write that failed; with --dry-run, one that cannot be made); 2 a bad flag or field value (a --min-confidence not from 0 to 1), one that would decide nothing, or a link the rules refuse',
  },
  run({ values, positionals }, io) {
    const dir = positionals[0]!;
    const { order, json, accept, reject, why, except, set, places, place, links, link } = values;
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
      links,
      link,
    };
    const options: ReviewOptions = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    // Places are finished apart from figures: a run does one or the other.
    const placeOptions = { places, place, 'set-place': values['set-place'] };
    checkPlaceFlags({ ...options, ...placeOptions });
    if (aboutPlaces(placeOptions)) return reviewPlacesCommand(dir, placeOptions, io);
    checkReviewFlags(options);
    // On a terminal, with nothing decided on the command line, the proposals are reviewed one by one.
    if (!decides(options) && !json && links === undefined && io.stdin.isTTY && io.stdout.isTTY) {
      const lang = values.lang ?? readSettings(io.env ?? process.env).settings.lang ?? 'en';
      return { review: { dir, order: order ?? 'confidence', lang } };
    }
    return reviewCommand(dir, options, io);
  },
});
