import { b, ENTER, type ModeKeys } from '../../keys/words.js';

/** The detail's own keys; it moves as a list does (list/keys.ts). */
export const DETAIL_KEYS: ModeKeys = {
  titles: { detail: { en: 'Detail', zh: '详情' } },
  modes: { detail: ['detail', 'global'] },
  bindings: [
    b(
      'open',
      ['detail'],
      [ENTER],
      'Enter',
      'jump to the linked figure; on the item itself, its text',
      '跳转到所选数据；光标在条目本身时打开原文',
      { en: 'open', zh: '打开' },
    ),
    b('focusList', ['detail'], [{ named: 'leftArrow' }, { input: 'h' }], '← h', 'back to the list', '回到列表'),
  ],
};
