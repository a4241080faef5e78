import type { Key } from 'ink';
import type { Lang } from './strings.js';

/**
 * Every key the explorer answers to, in one table: input handling looks keys up here and
 * the help overlay is generated from it, so the two cannot disagree.
 */
export type Command =
  | 'nextPane' | 'prevPane' | 'paneDocuments' | 'paneTargets' | 'paneCategories'
  | 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last'
  | 'open' | 'back' | 'nextFact' | 'prevFact' | 'showSource'
  | 'cyclePlace' | 'cycleKind' | 'cycleCategory' | 'clearFilters' | 'cycleOrder'
  | 'search' | 'related' | 'copy' | 'copyAs' | 'toggleLang' | 'toggleScript' | 'help' | 'quit';

type NamedKey = 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab' | 'backspace';

export type KeySpec =
  | { readonly named: NamedKey; readonly shift?: boolean }
  | { readonly input: string }
  | { readonly ctrl: string };

export interface Binding {
  readonly command: Command;
  readonly keys: readonly KeySpec[];
  /** How the keys are written in the help overlay. */
  readonly label: string;
  readonly description: Readonly<Record<Lang, string>>;
}

export const BINDINGS: readonly Binding[] = [
  { command: 'nextPane', keys: [{ named: 'tab' }], label: 'Tab', description: { en: 'next pane', zh: '下一个窗格' } },
  { command: 'prevPane', keys: [{ named: 'tab', shift: true }], label: 'Shift-Tab', description: { en: 'previous pane', zh: '上一个窗格' } },
  { command: 'paneDocuments', keys: [{ input: '1' }], label: '1', description: { en: 'Documents pane', zh: '文件窗格' } },
  { command: 'paneTargets', keys: [{ input: '2' }], label: '2', description: { en: 'Targets pane', zh: '指标窗格' } },
  { command: 'paneCategories', keys: [{ input: '3' }], label: '3', description: { en: 'Categories pane', zh: '企业类别窗格' } },
  { command: 'up', keys: [{ named: 'upArrow' }, { input: 'k' }], label: '↑ k', description: { en: 'move up', zh: '上移' } },
  { command: 'down', keys: [{ named: 'downArrow' }, { input: 'j' }], label: '↓ j', description: { en: 'move down', zh: '下移' } },
  { command: 'pageUp', keys: [{ named: 'pageUp' }, { ctrl: 'u' }], label: 'PgUp Ctrl-u', description: { en: 'page up', zh: '上翻页' } },
  { command: 'pageDown', keys: [{ named: 'pageDown' }, { ctrl: 'd' }], label: 'PgDn Ctrl-d', description: { en: 'page down', zh: '下翻页' } },
  { command: 'first', keys: [{ input: 'g' }, { named: 'home' }], label: 'g Home', description: { en: 'first', zh: '第一项' } },
  { command: 'last', keys: [{ input: 'G' }, { named: 'end' }], label: 'G End', description: { en: 'last', zh: '最后一项' } },
  { command: 'open', keys: [{ named: 'return' }], label: 'Enter', description: { en: 'open / jump to figure', zh: '打开 / 跳转' } },
  { command: 'back', keys: [{ named: 'escape' }, { named: 'backspace' }], label: 'Esc Backspace', description: { en: 'back through jumps', zh: '沿跳转记录返回' } },
  { command: 'nextFact', keys: [{ input: 'n' }], label: 'n', description: { en: 'next figure in text', zh: '文中下一个数据' } },
  { command: 'prevFact', keys: [{ input: 'N' }], label: 'N', description: { en: 'previous figure in text', zh: '文中上一个数据' } },
  { command: 'showSource', keys: [{ input: 'd' }], label: 'd', description: { en: 'show in its document', zh: '在原文中查看' } },
  { command: 'search', keys: [{ input: '/' }], label: '/', description: { en: 'search', zh: '搜索' } },
  { command: 'related', keys: [{ input: 'r' }], label: 'r', description: { en: 'related figures', zh: '相关数据' } },
  { command: 'copy', keys: [{ input: 'c' }], label: 'c', description: { en: 'copy with citation', zh: '复制（含出处）' } },
  { command: 'copyAs', keys: [{ input: 'C' }], label: 'C', description: { en: 'copy as… (format)', zh: '选择格式复制' } },
  { command: 'cyclePlace', keys: [{ input: 'p' }], label: 'p', description: { en: 'filter: place', zh: '筛选：地区' } },
  { command: 'cycleKind', keys: [{ input: 't' }], label: 't', description: { en: 'filter: target/reported', zh: '筛选：目标/实绩' } },
  { command: 'cycleCategory', keys: [{ input: 'e' }], label: 'e', description: { en: 'filter: category', zh: '筛选：企业类别' } },
  { command: 'clearFilters', keys: [{ input: 'x' }], label: 'x', description: { en: 'clear filters', zh: '清除筛选' } },
  { command: 'cycleOrder', keys: [{ input: 'o' }], label: 'o', description: { en: 'order: place/year/kind', zh: '排序：地区/年份/类型' } },
  { command: 'toggleLang', keys: [{ input: 'L' }], label: 'L', description: { en: 'interface 中文/English', zh: '界面 中文/English' } },
  { command: 'toggleScript', keys: [{ input: 's' }], label: 's', description: { en: 'text: as written/简/繁', zh: '字形：原文/简/繁' } },
  { command: 'help', keys: [{ input: '?' }], label: '?', description: { en: 'this help', zh: '按键说明' } },
  { command: 'quit', keys: [{ input: 'q' }, { ctrl: 'c' }], label: 'q Ctrl-c', description: { en: 'quit', zh: '退出' } },
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ('ctrl' in spec) return key.ctrl && input === spec.ctrl;
  if ('input' in spec) return !key.ctrl && !key.meta && input === spec.input;
  // Terminals send DEL for Backspace, which Ink reports as `delete`.
  if (spec.named === 'backspace') return key.backspace || key.delete;
  if (spec.named === 'tab') return key.tab && key.shift === (spec.shift ?? false);
  return key[spec.named];
}

export function commandFor(input: string, key: Key): Command | undefined {
  return BINDINGS.find((b) => b.keys.some((spec) => matches(spec, input, key)))?.command;
}
