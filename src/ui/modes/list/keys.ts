import { b, DOWN, ENTER, UP, unlisted, type ModeKeys } from '../../keys/words.js';

/** The keys of a list (and the moves the detail and the reader share with it). */
export const LIST_KEYS: ModeKeys = {
  titles: { list: { en: 'Lists', zh: '列表' } },
  modes: { list: ['list', 'global'] },
  bindings: [
    unlisted(b('up', ['list', 'detail'], [UP, { input: 'k' }], '↑ k', 'move up', '上移')),
    unlisted(b('down', ['list', 'detail'], [DOWN, { input: 'j' }], '↓ j', 'move down', '下移', { en: 'select', zh: '选择' }, 'onItem')),
    b('pageUp', ['list', 'detail', 'reader'], [{ named: 'pageUp' }, { ctrl: 'u' }], 'PgUp Ctrl-U', 'page up', '上翻页'),
    b('pageDown', ['list', 'detail', 'reader'], [{ named: 'pageDown' }, { ctrl: 'd' }], 'PgDn Ctrl-D', 'page down', '下翻页'),
    b('first', ['list', 'detail', 'reader'], [{ input: 'g' }, { named: 'home' }], 'g Home', 'first', '第一项'),
    b('last', ['list', 'detail', 'reader'], [{ input: 'G' }, { named: 'end' }], 'G End', 'last', '最后一项'),
    b(
      'open',
      ['list'],
      [ENTER],
      'Enter',
      'open: a document in the reader, a figure in its detail',
      '打开：文件显示原文，数据显示详情',
      {
        en: 'open',
        zh: '打开',
      },
      'onItem',
    ),
    b(
      'focusDetail',
      ['list'],
      [{ named: 'rightArrow' }, { input: 'l' }],
      '→ l',
      'into the detail: a document’s publisher, dates, figures',
      '进入详情：文件的发布者、日期与数据',
      { en: 'detail', zh: '详情', at: 'last' },
      'onItem',
    ),
  ],
};
