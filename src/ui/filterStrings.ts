import type { Lang } from './strings.js';

/** The words of the Figures list's filters, columns and order, in English and Chinese: part of STRINGS. */
export const FILTER_STRINGS = {
  indicatorPicker: { en: 'Filter by indicator', zh: '按指标筛选' },
  categoryPicker: { en: 'Filter by category', zh: '按企业类别筛选' },
  topicPicker: { en: 'Filter by topic', zh: '按主题筛选' },
  columnsPicker: { en: 'Columns of the Figures list', zh: '数据列表显示的列' },
  sortPicker: { en: 'Sort the figures by', zh: '数据排序依据' },
  ascending: { en: 'ascending', zh: '升序' },
  descending: { en: 'descending', zh: '降序' },
  'column-mark': { en: 'mark (progress, proposal)', zh: '标记（进度、提议）' },
  'column-place': { en: 'place', zh: '地区' },
  'column-metric': { en: 'metric', zh: '指标名称' },
  'column-metricEn': { en: 'metric in English', zh: '英文指标名称' },
  'column-value': { en: 'value', zh: '数值' },
  'column-year': { en: 'year', zh: '年份' },
  'column-kind': { en: 'kind', zh: '类型' },
  'column-document': { en: 'document', zh: '文件' },
  'box-years': { en: 'Filter by years', zh: '按年份范围筛选' },
  'box-min': { en: 'Filter: value at least', zh: '筛选：数值不低于' },
  'box-max': { en: 'Filter: value at most', zh: '筛选：数值不高于' },
  'boxHint-years': {
    en: 'a year or a range: 2022, 2022-2024, 2022- or -2024; empty clears it',
    zh: '一个年份或范围：2022、2022-2024、2022- 或 -2024；留空则清除',
  },
  'boxHint-min': {
    en: 'a number as written, and a unit to hold only that unit to it: 1000, 1000 家; empty clears it',
    zh: '按原文数值输入，可加单位只筛该单位：1000、1000 家；留空则清除',
  },
  'boxHint-max': {
    en: 'a number as written, and a unit to hold only that unit to it: 3, 3 %; empty clears it',
    zh: '按原文数值输入，可加单位只筛该单位：3、3 %；留空则清除',
  },
  boxKeys: { en: 'Enter applies · Esc cancels', zh: 'Enter 应用 · Esc 取消' },
  'problem-notYear': { en: '“{text}” is not a year: type four digits, such as 2023', zh: '“{text}”不是年份：请输入四位数字，如 2023' },
  'problem-backwards': { en: 'the range runs backwards: {from} is after {to}', zh: '范围颠倒：{from} 晚于 {to}' },
  'problem-notNumber': {
    en: '“{text}” is not a number: type digits, such as 1000 or 2.5',
    zh: '“{text}”不是数字：请输入数字，如 1000 或 2.5',
  },
  'problem-unknownUnit': {
    en: 'no figure is in “{unit}”: units in the data include {units}',
    zh: '没有以“{unit}”为单位的数据：数据中的单位有 {units}',
  },
  'problem-crossed': { en: 'at least {min} and at most {max} leaves nothing', zh: '不低于 {min} 且不高于 {max}，没有数值符合' },
  valueAtLeast: { en: 'value ≥ {n}', zh: '数值 ≥ {n}' },
  valueAtMost: { en: 'value ≤ {n}', zh: '数值 ≤ {n}' },
  inUnit: { en: ' ({unit})', zh: '（{unit}）' },
  andMore: { en: '… +{n}', zh: '…另 {n} 项' },
  'several-categories': { en: 'categories', zh: '企业类别' },
  'several-indicators': { en: 'indicators', zh: '指标' },
  'several-topics': { en: 'topics', zh: '主题' },
} as const satisfies Record<string, Record<Lang, string>>;
