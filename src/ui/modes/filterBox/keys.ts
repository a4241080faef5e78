import { b, ENTER, ESC, type ModeKeys } from '../../keys/words.js';

/** The filter box's keys: letters are its text (its editing keys are the text boxes', in finder/keys.ts). */
export const FILTER_BOX_KEYS: ModeKeys = {
  titles: { filterBox: { en: 'Filter box (years, values)', zh: '筛选框（年份、数值）' } },
  modes: { filterBox: ['filterBox'] },
  bindings: [
    b('choose', ['filterBox'], [ENTER], 'Enter', 'apply the filter', '应用筛选', { en: 'apply', zh: '应用' }),
    b('close', ['filterBox'], [ESC], 'Esc', 'cancel: nothing changes', '取消，不作任何更改', { en: 'cancel', zh: '取消' }),
  ],
};
