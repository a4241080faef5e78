import { b, DOWN, ENTER, ESC, UP, unlisted, type ModeKeys } from '../../keys/words.js';

/**
 * A picker's keys: it takes letters as its filter, as the palette does, so it moves with the
 * named keys and Ctrl-P, Ctrl-N; Space picks, as in a list of check boxes.
 */
export const PICKER_KEYS: ModeKeys = {
  titles: { picker: { en: 'Choosing from a list', zh: '从列表中选择' } },
  modes: { picker: ['picker'] },
  bindings: [
    unlisted(b('up', ['picker'], [UP, { ctrl: 'p' }], '↑ Ctrl-P', 'previous choice', '上一项')),
    unlisted(b('down', ['picker'], [DOWN, { ctrl: 'n' }], '↓ Ctrl-N', 'next choice', '下一项', { en: 'select', zh: '选择' })),
    b('pageUp', ['picker'], [{ named: 'pageUp' }], 'PgUp', 'page up', '上翻页'),
    b('pageDown', ['picker'], [{ named: 'pageDown' }], 'PgDn', 'page down', '下翻页'),
    b('toggle', ['picker'], [{ input: ' ' }], 'Space', 'pick the choice, or unpick it', '选中该项，或取消选中', { en: 'pick', zh: '选中' }),
    b(
      'choose',
      ['picker'],
      [ENTER],
      'Enter',
      'apply what is picked, or else the choice under the cursor',
      '应用所选；未选时应用光标所在项',
      { en: 'apply', zh: '应用' },
    ),
    b('close', ['picker'], [ESC], 'Esc', 'cancel: nothing changes', '取消，不作任何更改', { en: 'cancel', zh: '取消' }),
  ],
};
