import { b, BACKSPACE, DOWN, ENTER, ESC, UP, unlisted, type ModeKeys } from '../../keys/words.js';

/** The copy-format chooser's keys. */
export const CHOOSER_KEYS: ModeKeys = {
  titles: { chooser: { en: 'Copy format chooser', zh: '复制格式选择' } },
  modes: { chooser: ['chooser'] },
  bindings: [
    unlisted(b('up', ['chooser'], [UP, { input: 'k' }], '↑ k', 'up', '上移')),
    unlisted(b('down', ['chooser'], [DOWN, { input: 'j' }], '↓ j', 'down', '下移')),
    unlisted(b('first', ['chooser'], [{ input: 'g' }, { named: 'home' }], 'g Home', 'first', '第一项')),
    unlisted(b('last', ['chooser'], [{ input: 'G' }, { named: 'end' }], 'G End', 'last', '最后一项')),
    b('choose', ['chooser'], [ENTER], 'Enter', 'copy in this format, or save to a file', '以此格式复制，或保存到文件', {
      en: 'copy',
      zh: '复制',
    }),
    b('close', ['chooser'], [ESC, BACKSPACE], 'Esc Backspace', 'close', '关闭', { en: 'close', zh: '关闭' }),
  ],
};
