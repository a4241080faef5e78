import { REVIEW_BINDINGS } from '../review/keys.js';
import { CHOOSER_KEYS } from '../modes/chooser/keys.js';
import { DETAIL_KEYS } from '../modes/detail/keys.js';
import { FILTER_BOX_KEYS } from '../modes/filterBox/keys.js';
import { FIND_KEYS } from '../modes/find/keys.js';
import { FINDER_KEYS } from '../modes/finder/keys.js';
import { GLOBAL_KEYS } from '../modes/global/keys.js';
import { HELP_KEYS } from '../modes/help/keys.js';
import { LIST_KEYS } from '../modes/list/keys.js';
import { PALETTE_KEYS } from '../modes/palette/keys.js';
import { PICKER_KEYS } from '../modes/picker/keys.js';
import { READER_KEYS } from '../modes/reader/keys.js';
import { SAVE_KEYS } from '../modes/save/keys.js';
import { PROGRESS_KEYS } from '../modes/progress/keys.js';
import { TIMELINE_KEYS } from '../modes/timeline/keys.js';
import { TOO_SMALL_KEYS } from '../modes/tooSmall/keys.js';
import type { Binding, Mode, ModeKeys, Scope, Words } from './words.js';

export type { Binding, Command, KeyPress, KeySpec, Mode, Scope } from './words.js';

/**
 * Every key the explorer and the review answer to, in one table composed from what each
 * mode's folder declares. Input is resolved here and nowhere else; the help overlay, the
 * palette, the status-bar hints and the README's key table are generated from it, so none of
 * them can disagree with what the keys do.
 */

/** The review of proposals declares its bindings (review/keys.ts); its modes each listen to their own scope. */
const REVIEW_KEYS: ModeKeys = {
  titles: {
    review: { en: 'Review (policy-explorer review DIR)', zh: '审核（policy-explorer review DIR）' },
    reviewFields: { en: 'Review: choosing a field to edit', zh: '审核：选择要修改的项' },
    reviewText: { en: 'Review: editing a field', zh: '审核：修改一项' },
    reviewConfirm: { en: 'Review: accepting all', zh: '审核：全部接受' },
    reviewPlace: { en: 'Review: finishing a proposed place', zh: '审核：完善新地名' },
    reviewPlaceText: { en: "Review: editing a place's field", zh: '审核：修改地名的一项' },
    reviewLinks: { en: "Review: a target's links", zh: '审核：目标的关联' },
    reviewList: { en: "Review: the folder's proposals", zh: '审核：全部提议列表' },
    reviewListMin: { en: 'Review: typing the minimum confidence', zh: '审核：输入最低置信度' },
    reviewListConfirm: { en: 'Review: accepting all shown', zh: '审核：接受所列提议' },
    reviewPreview: { en: 'Review: the change a decision writes', zh: '审核：决定写入文件的改动' },
  },
  modes: {
    review: ['review'],
    reviewFields: ['reviewFields'],
    // A field's list is the explorer's picker: the same keys choose from it.
    reviewPicker: ['picker'],
    reviewText: ['reviewText'],
    reviewConfirm: ['reviewConfirm'],
    reviewPlace: ['reviewPlace'],
    reviewPlaceText: ['reviewPlaceText'],
    reviewLinks: ['reviewLinks'],
    reviewList: ['reviewList'],
    reviewListMin: ['reviewListMin'],
    reviewListConfirm: ['reviewListConfirm'],
    reviewPreview: ['reviewPreview'],
  },
  bindings: REVIEW_BINDINGS,
};

/** In the order the README and the help list them. */
const DECLARED: readonly ModeKeys[] = [
  GLOBAL_KEYS,
  LIST_KEYS,
  DETAIL_KEYS,
  READER_KEYS,
  FIND_KEYS,
  FINDER_KEYS,
  CHOOSER_KEYS,
  SAVE_KEYS,
  PALETTE_KEYS,
  HELP_KEYS,
  PICKER_KEYS,
  FILTER_BOX_KEYS,
  TIMELINE_KEYS,
  PROGRESS_KEYS,
  TOO_SMALL_KEYS,
  REVIEW_KEYS,
];

export const BINDINGS: readonly Binding[] = DECLARED.flatMap((declared) => declared.bindings);

// Every scope and mode is declared once, by the folder it belongs to (test/ui/keyTable.test.ts holds them to it).
export const SCOPE_TITLES = Object.assign({}, ...DECLARED.map((declared) => declared.titles)) as Readonly<Record<Scope, Words>>;

/** The scopes in the order their modes are declared: the help lists the rest in this order. */
export const SCOPES = Object.keys(SCOPE_TITLES) as readonly Scope[];

/** The scopes each mode listens to, first match wins: the search box takes letters as text. */
export const MODE_SCOPES = Object.assign({}, ...DECLARED.map((declared) => declared.modes)) as Readonly<Record<Mode, readonly Scope[]>>;
