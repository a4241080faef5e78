import type { Key } from 'ink';
import type { Lang } from './strings.js';

/**
 * Every key the explorer answers to, in one table. Input is resolved here and nowhere else;
 * the help overlay, the status-bar hints and the README's key table are generated from it,
 * so none of them can disagree with what the keys do.
 */
export type Command =
  | 'nextPane'
  | 'prevPane'
  | 'paneDocuments'
  | 'paneFigures'
  | 'paneCategories'
  | 'paneCompare'
  | 'timeline'
  | 'cycleYear'
  | 'cycleIndicator'
  | 'cycleTopic'
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'first'
  | 'last'
  | 'open'
  | 'focusDetail'
  | 'focusList'
  | 'back'
  | 'nextFact'
  | 'prevFact'
  | 'showSource'
  | 'cyclePlace'
  | 'cycleKind'
  | 'cycleCategory'
  | 'clearFilters'
  | 'cycleOrder'
  | 'reverseOrder'
  | 'search'
  | 'related'
  | 'copy'
  | 'copyAs'
  | 'toggleLang'
  | 'toggleScript'
  | 'help'
  | 'quit'
  | 'interrupt'
  | 'suspend'
  | 'deleteChar'
  | 'deleteWord'
  | 'clearQuery'
  | 'choose'
  | 'close'
  | 'find'
  | 'nextMatch'
  | 'prevMatch'
  | 'keepFind'
  | 'clearFind'
  | 'toggleDetail'
  | 'palette';

/**
 * Where a binding works. `global` keys work on every screen (list, detail, reader); the
 * others belong to one screen or overlay. Which scopes are live is decided by `inputMode`.
 */
export type Scope = 'global' | 'list' | 'detail' | 'reader' | 'find' | 'found' | 'finder' | 'chooser' | 'palette' | 'help';
export const SCOPES: readonly Scope[] = ['global', 'list', 'detail', 'reader', 'find', 'found', 'finder', 'chooser', 'palette', 'help'];

/** What has the keyboard: the overlay on top, else the screen. */
export type Mode =
  'too-small' | 'help' | 'palette' | 'chooser' | 'search' | 'related' | 'list' | 'detail' | 'reader' | 'find' | 'found' | 'timeline';

/** The scopes each mode listens to, first match wins: the search box takes letters as text. */
export const MODE_SCOPES: Readonly<Record<Mode, readonly Scope[]>> = {
  'too-small': ['global'],
  help: ['help'],
  // The palette takes letters as its filter, as the search box does.
  palette: ['palette'],
  chooser: ['chooser'],
  search: ['finder'],
  // The related figures are a list with no text box: list keys move and open, global keys go back, copy and quit.
  related: ['list', 'global'],
  list: ['list', 'global'],
  detail: ['detail', 'global'],
  reader: ['reader', 'global'],
  // The find box takes letters as text, as the search box does.
  find: ['find'],
  // Matches kept after a find: n and N step them, Esc clears them; the reader's other keys still work.
  found: ['found', 'reader', 'global'],
  // The timeline is a list of figures by year: list keys move and open.
  timeline: ['list', 'global'],
};

type NamedKey =
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'return'
  | 'escape'
  | 'tab'
  | 'backspace'
  | 'f1';

/** A key as Ink reports it, and F1, which Ink does not name: the input hook sets `f1` itself. */
export type KeyPress = Key & { readonly f1?: boolean };

export type KeySpec = { readonly named: NamedKey; readonly shift?: boolean } | { readonly input: string } | { readonly ctrl: string };

type Words = Readonly<Record<Lang, string>>;

export interface Binding {
  readonly command: Command;
  readonly scopes: readonly Scope[];
  readonly keys: readonly KeySpec[];
  /** How the keys are written in the help, the status bar and the README. */
  readonly label: string;
  readonly description: Words;
  /** Set for the few bindings the status bar suggests, with the word it uses. */
  readonly bar?: Words;
  /** The key acts on the selected item or result: its hint goes while there is none. */
  readonly onItem?: true;
}

const UP = { named: 'upArrow' } as const;
const DOWN = { named: 'downArrow' } as const;
const ENTER = { named: 'return' } as const;
const ESC = { named: 'escape' } as const;
const BACKSPACE = { named: 'backspace' } as const;
const F1 = { named: 'f1' } as const;

const b = (
  command: Command,
  scopes: readonly Scope[],
  keys: readonly KeySpec[],
  label: string,
  en: string,
  zh: string,
  bar?: Words,
  onItem?: 'onItem',
): Binding => ({
  command,
  scopes,
  keys,
  label,
  description: { en, zh },
  ...(bar ? { bar } : {}),
  ...(onItem ? { onItem: true } : {}),
});

export const BINDINGS: readonly Binding[] = [
  b('nextPane', ['global'], [{ named: 'tab' }], 'Tab', 'next pane', '下一个窗格'),
  b('prevPane', ['global'], [{ named: 'tab', shift: true }], 'Shift-Tab', 'previous pane', '上一个窗格'),
  b('paneDocuments', ['global'], [{ input: '1' }], '1', 'Documents pane', '切换到文件窗格'),
  b('paneFigures', ['global'], [{ input: '2' }], '2', 'Figures pane: targets and reported figures', '切换到数据窗格：目标与实际值'),
  b('paneCategories', ['global'], [{ input: '3' }], '3', 'Categories pane', '切换到企业类别窗格'),
  b(
    'paneCompare',
    ['global'],
    [{ input: '4' }],
    '4',
    'Compare pane: each indicator place × year',
    '切换到对比窗格：各指标按地区、年份对照',
  ),
  b('timeline', ['global'], [{ input: 'T' }], 'T', 'timeline of the figures in view, by year', '当前数据按年份排成时间线'),
  b('search', ['global'], [{ input: '/' }], '/', 'search', '搜索', { en: 'search', zh: '搜索' }),
  b('related', ['global'], [{ input: 'r' }], 'r', 'figures related to the one in focus', '查看与当前数据相关的数据'),
  b('showSource', ['global'], [{ input: 'd' }], 'd', 'show the figure in its document', '在原文中定位该数据'),
  b('copy', ['global'], [{ input: 'c' }], 'c', 'copy with citation', '复制（附出处）', { en: 'copy', zh: '复制' }, 'onItem'),
  b('copyAs', ['global'], [{ input: 'C' }], 'C', 'copy as… (choose the format)', '选择格式后复制'),
  b('cyclePlace', ['global'], [{ input: 'p' }], 'p', 'filter: place', '筛选：地区'),
  b('cycleKind', ['global'], [{ input: 't' }], 't', 'filter: target / reported', '筛选：目标或实际值'),
  b('cycleCategory', ['global'], [{ input: 'e' }], 'e', 'filter: category', '筛选：企业类别'),
  b('cycleYear', ['global'], [{ input: 'y' }], 'y', 'filter: year', '筛选：年份'),
  b('cycleIndicator', ['global'], [{ input: 'i' }], 'i', 'filter: indicator', '筛选：指标'),
  b('cycleTopic', ['global'], [{ input: '#' }], '#', 'filter: topic', '筛选：主题'),
  b('clearFilters', ['global'], [{ input: 'x' }], 'x', 'clear filters', '清除筛选'),
  b('cycleOrder', ['global'], [{ input: 'o' }], 'o', 'sort order: place, year, kind, value…', '排序：地区、年份、类型、数值等'),
  b('reverseOrder', ['global'], [{ input: 'O' }], 'O', 'reverse the sort order', '倒序'),
  b('toggleLang', ['global'], [{ input: 'L' }], 'L', 'interface language: 中文 / English', '界面语言：中文或英文'),
  b('toggleScript', ['global'], [{ input: 's' }], 's', 'text as written / 简 / 繁', '简繁：按原文、简体或繁体显示'),
  b('toggleDetail', ['global'], [{ input: 'z' }], 'z', 'hide / show the detail beside the list', '隐藏或显示列表旁的详情'),
  b('back', ['global'], [ESC, BACKSPACE], 'Esc Backspace', 'back through jumps', '返回上一步', { en: 'back', zh: '返回' }),
  b(
    'help',
    ['global'],
    [{ input: '?' }, F1],
    '? F1',
    'keys: this screen’s first, then all; type to filter',
    '按键：先列当前画面的，再列全部；可输入筛选',
    {
      en: 'keys',
      zh: '按键',
    },
  ),
  b('help', ['find', 'finder'], [F1], 'F1', 'keys: this box’s first, then all', '按键：先列此框的，再列全部'),
  b(
    'palette',
    ['global'],
    [{ input: ':' }, { ctrl: 'p' }],
    ': Ctrl-P',
    'command palette: run a command by name',
    '命令面板：按名称执行命令',
  ),
  b('quit', ['global', 'chooser'], [{ input: 'q' }], 'q', 'quit', '退出'),
  b(
    'interrupt',
    ['global', 'find', 'finder', 'chooser', 'palette', 'help'],
    [{ ctrl: 'c' }],
    'Ctrl-C',
    'quit (exit code 130)',
    '退出（退出码 130）',
  ),
  b(
    'suspend',
    ['global', 'find', 'finder', 'chooser', 'palette', 'help'],
    [{ ctrl: 'z' }],
    'Ctrl-Z',
    'suspend to the shell (fg resumes)',
    '暂停并回到命令行（fg 恢复）',
  ),

  b('up', ['list', 'detail'], [UP, { input: 'k' }], '↑ k', 'move up', '上移'),
  b('down', ['list', 'detail'], [DOWN, { input: 'j' }], '↓ j', 'move down', '下移', { en: 'select', zh: '选择' }, 'onItem'),
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
    { en: 'detail', zh: '详情' },
    'onItem',
  ),

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

  b('up', ['reader'], [UP, { input: 'k' }], '↑ k', 'scroll up', '向上滚动'),
  b('down', ['reader'], [DOWN, { input: 'j' }], '↓ j', 'scroll down', '向下滚动'),
  b('nextFact', ['reader'], [{ input: 'n' }], 'n', 'next figure in the text', '文中下一个数据', { en: 'figure', zh: '数据' }),
  b('prevFact', ['reader'], [{ input: 'N' }], 'N', 'previous figure in the text', '文中上一个数据'),
  b('open', ['reader'], [ENTER], 'Enter', 'open the figure you are on', '打开当前数据的详情', { en: 'open figure', zh: '打开数据' }),
  b('find', ['reader'], [{ input: 'f' }], 'f', 'find in the document (either script or pinyin)', '在文中查找（简繁或拼音）', {
    en: 'find',
    zh: '查找',
  }),

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

  b('up', ['finder'], [UP], '↑', 'previous result', '上一条结果'),
  b('down', ['finder'], [DOWN], '↓', 'next result', '下一条结果', { en: 'select', zh: '选择' }, 'onItem'),
  b('pageUp', ['finder'], [{ named: 'pageUp' }], 'PgUp', 'page up', '上翻页'),
  b('pageDown', ['finder'], [{ named: 'pageDown' }], 'PgDn', 'page down', '下翻页'),
  b('open', ['finder'], [ENTER], 'Enter', 'jump to the result', '跳转到结果', { en: 'jump', zh: '跳转' }, 'onItem'),
  b('back', ['finder'], [ESC], 'Esc', 'close', '关闭', { en: 'close', zh: '关闭' }),
  b('deleteChar', ['finder', 'find', 'palette', 'help'], [BACKSPACE], 'Backspace', 'delete a character', '删除一个字'),
  b('deleteWord', ['finder', 'find', 'palette', 'help'], [{ ctrl: 'w' }], 'Ctrl-W', 'delete a word', '删除一个词'),
  b('clearQuery', ['finder', 'find', 'palette', 'help'], [{ ctrl: 'u' }], 'Ctrl-U', 'clear what is typed', '清空输入'),
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

  b('up', ['chooser'], [UP, { input: 'k' }], '↑ k', 'up', '上移'),
  b('down', ['chooser'], [DOWN, { input: 'j' }], '↓ j', 'down', '下移'),
  b('choose', ['chooser'], [ENTER], 'Enter', 'copy in this format', '以此格式复制', { en: 'copy', zh: '复制' }),
  b('close', ['chooser'], [ESC, BACKSPACE], 'Esc Backspace', 'close', '关闭', { en: 'close', zh: '关闭' }),

  b('up', ['palette'], [UP, { ctrl: 'p' }], '↑ Ctrl-P', 'previous command', '上一条命令'),
  b('down', ['palette'], [DOWN, { ctrl: 'n' }], '↓ Ctrl-N', 'next command', '下一条命令', { en: 'select', zh: '选择' }),
  b('pageUp', ['palette'], [{ named: 'pageUp' }], 'PgUp', 'page up', '上翻页'),
  b('pageDown', ['palette'], [{ named: 'pageDown' }], 'PgDn', 'page down', '下翻页'),
  b('choose', ['palette'], [ENTER], 'Enter', 'run the command, as its key would', '执行该命令，与按其键相同', { en: 'run', zh: '执行' }),
  b('close', ['palette'], [ESC], 'Esc', 'close without running anything', '关闭，不执行任何命令', { en: 'close', zh: '关闭' }),

  // The help takes letters as a filter, as the search box does: it moves with the named keys only.
  b('up', ['help'], [UP], '↑', 'scroll up', '向上滚动'),
  b('down', ['help'], [DOWN], '↓', 'scroll down', '向下滚动', { en: 'scroll', zh: '滚动' }),
  b('pageUp', ['help'], [{ named: 'pageUp' }], 'PgUp', 'page up', '上翻页'),
  b('pageDown', ['help'], [{ named: 'pageDown' }], 'PgDn', 'page down', '下翻页'),
  b('first', ['help'], [{ named: 'home' }], 'Home', 'top', '回到顶部'),
  b('last', ['help'], [{ named: 'end' }], 'End', 'end', '跳到末尾'),
  b('close', ['help'], [ESC], 'Esc', 'clear the filter; with none, close', '清除筛选；无筛选时关闭', { en: 'close', zh: '关闭' }),
  b('help', ['help'], [{ input: '?' }, F1], '? F1', 'close', '关闭'),
];

export const SCOPE_TITLES: Readonly<Record<Scope, Words>> = {
  global: { en: 'On every screen', zh: '所有画面通用' },
  list: { en: 'Lists', zh: '列表' },
  detail: { en: 'Detail', zh: '详情' },
  reader: { en: 'Reader', zh: '原文' },
  find: { en: 'Find box', zh: '查找框' },
  found: { en: 'Reader, after a find', zh: '原文（查找之后）' },
  finder: { en: 'Search box', zh: '搜索框' },
  chooser: { en: 'Copy format chooser', zh: '复制格式选择' },
  palette: { en: 'Command palette', zh: '命令面板' },
  help: { en: 'This help', zh: '本说明' },
};
