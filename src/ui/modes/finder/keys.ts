import { b, BACKSPACE, DOWN, ENTER, ESC, UP, unlisted, type ModeKeys } from '../../keys/words.js';

/**
 * The search box's keys (letters are its text), and the editing keys every text box shares.
 * The related figures are a list with no box: list keys move and open, global keys go back, copy and quit.
 */
export const FINDER_KEYS: ModeKeys = {
  titles: { finder: { en: 'Search box', zh: '搜索框' } },
  modes: { search: ['finder'], related: ['list', 'global'] },
  bindings: [
    unlisted(b('up', ['finder'], [UP], '↑', 'previous result', '上一条结果')),
    unlisted(b('down', ['finder'], [DOWN], '↓', 'next result', '下一条结果', { en: 'select', zh: '选择' }, 'onItem')),
    b('pageUp', ['finder'], [{ named: 'pageUp' }], 'PgUp', 'page up', '上翻页'),
    b('pageDown', ['finder'], [{ named: 'pageDown' }], 'PgDn', 'page down', '下翻页'),
    b('open', ['finder'], [ENTER], 'Enter', 'jump to the result', '跳转到结果', { en: 'jump', zh: '跳转' }, 'onItem'),
    b('back', ['finder'], [ESC], 'Esc', 'close', '关闭', { en: 'close', zh: '关闭' }),
    unlisted(
      b(
        'deleteChar',
        ['finder', 'find', 'palette', 'help', 'picker', 'save', 'filterBox'],
        [BACKSPACE],
        'Backspace',
        'delete a character',
        '删除一个字',
      ),
    ),
    unlisted(
      b(
        'deleteWord',
        ['finder', 'find', 'palette', 'help', 'picker', 'save', 'filterBox'],
        [{ ctrl: 'w' }],
        'Ctrl-W',
        'delete a word',
        '删除一个词',
      ),
    ),
    unlisted(
      b(
        'clearQuery',
        ['finder', 'find', 'palette', 'help', 'picker', 'save', 'filterBox'],
        [{ ctrl: 'u' }],
        'Ctrl-U',
        'clear what is typed',
        '清空输入',
      ),
    ),
    b(
      'copy',
      ['finder'],
      [{ ctrl: 'y' }],
      'Ctrl-Y',
      'copy the result with citation',
      '复制所选结果（附出处）',
      { en: 'copy', zh: '复制' },
      'onItem',
    ),
    // The box takes letters, so the save key here is a control key.
    b('save', ['finder'], [{ ctrl: 's' }], 'Ctrl-S', 'save the results to a file', '将结果保存到文件'),
  ],
};
