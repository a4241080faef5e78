import { b, DOWN, ENTER, ESC, UP, type ModeKeys } from '../../keys/words.js';

/**
 * The find box's keys, while it takes the keys (letters are its text), and the keys of the
 * matches kept after it: n and N step them and Esc clears them; the reader's other keys still work.
 */
export const FIND_KEYS: ModeKeys = {
  titles: { find: { en: 'Find box', zh: '查找框' }, found: { en: 'Reader, after a find', zh: '原文（查找之后）' } },
  modes: { find: ['find'], found: ['found', 'reader', 'global'] },
  bindings: [
    b('nextMatch', ['find'], [DOWN], '↓', 'next match', '下一处', { en: 'next', zh: '下一处' }),
    b('prevMatch', ['find'], [UP], '↑', 'previous match', '上一处'),
    b('keepFind', ['find'], [ENTER], 'Enter', 'close the box, keeping the matches marked', '关闭查找框，保留匹配标记', {
      en: 'keep',
      zh: '保留',
    }),
    b('clearFind', ['find'], [ESC], 'Esc', 'close the box and clear the matches', '关闭查找框并清除匹配标记', { en: 'clear', zh: '清除' }),

    b('nextMatch', ['found'], [{ input: 'n' }], 'n', 'next match, in place of the next figure', '下一处匹配（代替下一个数据）', {
      en: 'match',
      zh: '匹配',
    }),
    b('prevMatch', ['found'], [{ input: 'N' }], 'N', 'previous match, in place of the previous figure', '上一处匹配（代替上一个数据）'),
    b('clearFind', ['found'], [ESC], 'Esc', 'clear the matches: n and N step figures again', '清除匹配，n/N 恢复为逐条查看数据', {
      en: 'clear',
      zh: '清除',
    }),
  ],
};
