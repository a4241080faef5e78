import { b, BACKSPACE, DOWN, ENTER, ESC, UP, unlisted, type ModeKeys } from '../../keys/words.js';

/** The copy-format chooser's keys. */
export const CHOOSER_KEYS: ModeKeys = {
  titles: { chooser: { en: 'Copy format chooser', zh: '复制格式选择' } },
  modes: { chooser: ['chooser'] },
  bindings: [
    unlisted(b('up', ['chooser'], [UP, { input: 'k' }], '↑ k', 'up', '上移')),
    unlisted(b('down', ['chooser'], [DOWN, { input: 'j' }], '↓ j', 'down', '下移')),
    b('choose', ['chooser'], [ENTER], 'Enter', 'copy in this format', '以此格式复制', { en: 'copy', zh: '复制' }),
    b('close', ['chooser'], [ESC, BACKSPACE], 'Esc Backspace', 'close', '关闭', { en: 'close', zh: '关闭' }),
  ],
};
