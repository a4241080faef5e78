import { b, DOWN, ESC, F1, UP, unlisted, type ModeKeys } from '../../keys/words.js';

/** The help's keys: it takes letters as a filter, as the search box does, so it moves with the named keys only. */
export const HELP_KEYS: ModeKeys = {
  titles: { help: { en: 'This help', zh: '本说明' } },
  modes: { help: ['help'] },
  bindings: [
    unlisted(b('up', ['help'], [UP], '↑', 'scroll up', '向上滚动')),
    unlisted(b('down', ['help'], [DOWN], '↓', 'scroll down', '向下滚动', { en: 'scroll', zh: '滚动' })),
    b('pageUp', ['help'], [{ named: 'pageUp' }], 'PgUp', 'page up', '上翻页'),
    b('pageDown', ['help'], [{ named: 'pageDown' }], 'PgDn', 'page down', '下翻页'),
    b('first', ['help'], [{ named: 'home' }], 'Home', 'top', '回到顶部'),
    b('last', ['help'], [{ named: 'end' }], 'End', 'end', '跳到末尾'),
    b('close', ['help'], [ESC], 'Esc', 'clear the filter; with none, close', '清除筛选；无筛选时关闭', { en: 'close', zh: '关闭' }),
    b('help', ['help'], [{ input: '?' }, F1], '? F1', 'close', '关闭'),
  ],
};
