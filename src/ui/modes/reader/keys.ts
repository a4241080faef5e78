import { b, DOWN, ENTER, UP, unlisted, type ModeKeys } from '../../keys/words.js';

/** The reader's keys: it scrolls as a list moves, steps through the figures in the text, and finds. */
export const READER_KEYS: ModeKeys = {
  titles: { reader: { en: 'Reader', zh: '原文' } },
  modes: { reader: ['reader', 'global'] },
  bindings: [
    unlisted(b('up', ['reader'], [UP, { input: 'k' }], '↑ k', 'scroll up', '向上滚动')),
    unlisted(b('down', ['reader'], [DOWN, { input: 'j' }], '↓ j', 'scroll down', '向下滚动')),
    b('nextFact', ['reader'], [{ input: 'n' }], 'n', 'next figure in the text', '文中下一个数据', { en: 'figure', zh: '数据' }),
    b('prevFact', ['reader'], [{ input: 'N' }], 'N', 'previous figure in the text', '文中上一个数据'),
    b('open', ['reader'], [ENTER], 'Enter', 'open the figure you are on', '打开当前数据的详情', { en: 'open figure', zh: '打开数据' }),
    b('find', ['reader'], [{ input: 'f' }], 'f', 'find in the document (either script or pinyin)', '在文中查找（简繁或拼音）', {
      en: 'find',
      zh: '查找',
    }),
  ],
};
