import { b, DOWN, ENTER, ESC, UP, unlisted, type ModeKeys } from '../../keys/words.js';

/** The palette's keys: it takes letters as its filter, as the search box does. */
export const PALETTE_KEYS: ModeKeys = {
  titles: { palette: { en: 'Command palette', zh: '命令面板' } },
  modes: { palette: ['palette'] },
  bindings: [
    unlisted(b('up', ['palette'], [UP, { ctrl: 'p' }], '↑ Ctrl-P', 'previous command', '上一条命令')),
    unlisted(b('down', ['palette'], [DOWN, { ctrl: 'n' }], '↓ Ctrl-N', 'next command', '下一条命令', { en: 'select', zh: '选择' })),
    b('pageUp', ['palette'], [{ named: 'pageUp' }], 'PgUp', 'page up', '上翻页'),
    b('pageDown', ['palette'], [{ named: 'pageDown' }], 'PgDn', 'page down', '下翻页'),
    b('choose', ['palette'], [ENTER], 'Enter', 'run the command, as its key would', '执行该命令，与按其键相同', { en: 'run', zh: '执行' }),
    b('close', ['palette'], [ESC], 'Esc', 'close without running anything', '关闭，不执行任何命令', { en: 'close', zh: '关闭' }),
  ],
};
