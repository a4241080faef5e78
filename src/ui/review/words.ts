import { t, type Lang, type StringId } from '../strings.js';

/**
 * The review screen's words, in English and Chinese: it follows the interface language as the
 * explorer does. The data's text (metrics, quotes, the reading's reasons) and the messages the
 * command line gives too (a refused value, a file changed on disk) are not translated: a
 * message is the same wherever it is read.
 */
const REVIEW_STRINGS = {
  title: { en: ' Review ', zh: ' 审核 ' },
  reviewed: { en: '{n}/{total} reviewed', zh: '已审核 {n}/{total}' },
  position: { en: 'proposal {n} of {total}', zh: '第 {n} 条，共 {total} 条' },
  leastSure: { en: 'least sure first', zh: '置信度由低到高' },
  textOrder: { en: 'in text order', zh: '按原文顺序' },
  yearInferred: { en: '(year inferred)', zh: '（年份系推断）' },
  strive: { en: 'strive', zh: '力争' },
  confidence: { en: 'confidence {c}: {why}', zh: '置信度 {c}：{why}' },
  quote: { en: 'quote', zh: '原文' },
  cleanText: { en: 'clean text', zh: '清理后的文本' },
  rawText: { en: 'raw text, seeds line {n}', zh: '原始文本，seeds 第 {n} 行' },
  rawMissing: { en: 'raw text: the number is not found as written in the raw text', zh: '原始文本：未找到原样写出的该数字' },
  noneLeft: { en: 'No proposals in this folder.', zh: '此文件夹中没有提议。' },
  allReviewed: { en: 'All {n} reviewed.', zh: '{n} 条均已审核。' },
  exploreThem: { en: 'Explore them: {command}', zh: '浏览：{command}' },
  cannotReview: {
    en: '{n} {more}documents cannot be reviewed: policy-explorer validate {dir} says why',
    zh: '另有 {n} 个文件无法审核：policy-explorer validate {dir} 会说明原因',
  },
  more: { en: 'more ', zh: '' },
  acceptAsk: { en: 'Accept {n} proposals of {doc}{left}? y/n', zh: '接受 {doc} 的 {n} 条提议{left}？y/n' },
  leaving: { en: ', leaving {what}', zh: '，留下{what}' },
  leftSkipped: { en: 'the {n} skipped', zh: '跳过的 {n} 条' },
  leftUnready: { en: '{n} with no English name, topic or note yet (e to give them)', zh: '{n} 条尚无英文名、主题或备注的（按 e 补上）' },
  and: { en: ' and ', zh: '和' },
  accepted: { en: 'accepted', zh: '已接受' },
  rejected: { en: 'rejected', zh: '已拒绝' },
  edited: { en: 'edited', zh: '已修改' },
  acceptedAll: { en: 'accepted all of {doc}', zh: '已接受 {doc} 的全部提议' },
  linksHeading: { en: 'Links of {id}', zh: '{id} 的关联' },
  linksNone: {
    en: 'No figure of this folder may report on it or be its baseline (same indicator, place and unit, the right years).',
    zh: '本文件夹中没有可能报告其进展或作为其基数的数据（需同一指标、地区、单位，年份相符）。',
  },
  'link-progress_of': { en: 'reports on', zh: '报告进展' },
  'link-baseline_of': { en: 'is the baseline of', zh: '为基数' },
  notLinked: { en: 'not linked: {why}', zh: '未关联：{why}' },
  linkRefused: { en: 'refused', zh: '不可关联' },
  linkedReport: { en: 'linked: {id} reports on {target} (progress_of)', zh: '已关联：{id} 是 {target} 的进展（progress_of）' },
  linkedBaseline: { en: 'linked: {id} is the baseline of {target} (baseline_of)', zh: '已关联：{id} 是 {target} 的基数（baseline_of）' },
  undone: { en: 'undone', zh: '已撤销' },
  nothingToUndo: { en: 'nothing to undo', zh: '没有可撤销的决定' },
  notWritten: { en: 'not written: {why}', zh: '未写入：{why}' },
  newIndicator: { en: '+ propose the new indicator', zh: '+ 提议新指标' },
  newIndicatorEnglish: { en: 'English name of {name}', zh: '{name} 的英文名' },
  newIndicatorChinese: { en: 'Chinese name of {name}', zh: '{name} 的中文名' },
  newIndicatorDefinition: { en: 'what {name} counts', zh: '{name} 的定义' },
  indicatorProposed: { en: 'proposed the indicator {id}', zh: '已提议指标 {id}' },
  placeProposed: { en: '{id} {name} is a proposed place: p finishes it', zh: '{id} {name} 是新提议的地名：按 p 完善' },
  placeTitle: { en: 'Proposed place {id}  {name}  ({level})', zh: '新提议的地名 {id}  {name}（{level}）' },
  placeHint: {
    en: 'Enter edits a field, f finishes the place, Esc leaves it proposed',
    zh: 'Enter 修改一项，f 完成该地名，Esc 保留为提议',
  },
  placeFilled: { en: 'filled', zh: '已填' },
  placeAdded: { en: 'added the place {id} from the gazetteer', zh: '已从区划代码表添加地名 {id}' },
  placeFinished: { en: 'finished the place {id}', zh: '已完善地名 {id}' },
  noProposedPlace: { en: 'no proposed place here', zh: '此处没有新提议的地名' },
  list: { en: 'list', zh: '列表' },
  shown: { en: '{n} shown', zh: '显示 {n} 条' },
  listState: { en: 'state: {s}', zh: '状态：{s}' },
  allStates: { en: 'all', zh: '全部' },
  'state-proposed': { en: 'proposed', zh: '待审' },
  'state-skipped': { en: 'skipped', zh: '跳过' },
  'state-accepted': { en: 'accepted', zh: '已接受' },
  'state-rejected': { en: 'rejected', zh: '已拒绝' },
  confAtLeast: { en: 'conf ≥ {min}', zh: '置信度 ≥ {min}' },
  anyConf: { en: 'any', zh: '不限' },
  marked: { en: '{n} marked', zh: '已标记 {n} 条' },
  everyDocument: { en: 'every document', zh: '全部文件' },
  colState: { en: 'state', zh: '状态' },
  colConf: { en: 'conf', zh: '置信' },
  colDocument: { en: 'document', zh: '文件' },
  colMetric: { en: 'metric', zh: '指标名' },
  colValue: { en: 'value', zh: '数值' },
  listAsk: { en: 'Accept {n} proposals shown{min}, in {docs}{left}? y/n', zh: '接受所列 {n} 条提议{min}，涉及 {docs}{left}？y/n' },
  listAskMin: { en: ' of confidence {min} or more', zh: '（置信度不低于 {min}）' },
  oneDocument: { en: '1 document', zh: '1 个文件' },
  documents: { en: '{n} documents', zh: '{n} 个文件' },
  leftMarked: { en: 'the {n} marked', zh: '标记的 {n} 条' },
  minPrompt: { en: 'minimum confidence (0 to 1, empty for none): ', zh: '最低置信度（0 到 1，留空则不限）：' },
  noFigure: { en: 'No figure matches: s, c and f change the filters.', zh: '没有相符的数据：按 s、c、f 更改筛选。' },
  preview: { en: 'preview', zh: '预览' },
  previewHead: { en: '{what} would change {file} (not written yet):', zh: '{what}将改动 {file}（尚未写入）：' },
  previewNothing: { en: 'It would change nothing in the file.', zh: '不会改动文件。' },
  previewFails: { en: '{what} would fail: {why}', zh: '{what}将失败：{why}' },
  previewAccepting: { en: 'accepting {id}', zh: '接受 {id}' },
  previewAcceptingShown: { en: 'accepting {n} shown', zh: '接受所列 {n} 条' },
  previewFiles: { en: '{n} files', zh: '{n} 个文件' },
  previewRefused: {
    en: 'as it is, it would be refused: a fact needs an English name, a topic, and a note where no indicator (e)',
    zh: '按现状写入会被拒绝：数据需有英文名、主题，无指标时需有备注（按 e 补上）',
  },
  'kind-target': { en: 'target', zh: '目标' },
  'kind-reported': { en: 'reported', zh: '实际值' },
  'qualifier-exact': { en: 'exact', zh: '确数' },
  'qualifier-about': { en: 'about', zh: '约' },
  'qualifier-nearly': { en: 'nearly', zh: '近' },
  'qualifier-at_least': { en: 'at least', zh: '以上' },
  'qualifier-more_than': { en: 'more than', zh: '超过' },
  'qualifier-at_most': { en: 'at most', zh: '以内' },
  'qualifier-less_than': { en: 'less than', zh: '不足' },
  'field-metric.zh': { en: 'metric.zh', zh: '中文名' },
  'field-metric.en': { en: 'metric.en', zh: '英文名' },
  'field-kind': { en: 'kind', zh: '类型' },
  'field-year': { en: 'year', zh: '年份' },
  'field-qualifier': { en: 'qualifier', zh: '限定' },
  'field-value': { en: 'value', zh: '数值' },
  'field-unit': { en: 'unit', zh: '单位' },
  'field-indicator': { en: 'indicator', zh: '指标' },
  'field-measure': { en: 'measure', zh: '口径' },
  'field-category': { en: 'category', zh: '企业类别' },
  'field-place': { en: 'place', zh: '地区' },
  'field-tags': { en: 'tags', zh: '主题' },
  'field-responsible': { en: 'responsible', zh: '责任单位' },
  'field-note': { en: 'note', zh: '备注' },
  'field-progress_of': { en: 'progress_of', zh: '进展所属目标' },
  'field-baseline_of': { en: 'baseline_of', zh: '基数所属目标' },
} as const satisfies Record<string, Record<Lang, string>>;

export type ReviewStringId = keyof typeof REVIEW_STRINGS;

/** A review string with its `{name}` places filled: word order differs between the languages. */
export function rt(id: ReviewStringId, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return REVIEW_STRINGS[id][lang].replace(/\{(\w+)\}/gu, (all, name: string) => (name in values ? String(values[name]) : all));
}

/** A field's name on the screen: the name `review --set` gives it, and in Chinese its Chinese name before it. */
export function fieldLabel(name: string, lang: Lang): string {
  const id = `field-${name}` as ReviewStringId;
  return lang === 'zh' && id in REVIEW_STRINGS ? `${REVIEW_STRINGS[id].zh} ${name}` : name;
}

/** A fixed value of a field (kind, qualifier, measure) in both languages. */
export function valueWords(field: string, value: string): Readonly<Record<Lang, string>> {
  if (field === 'measure') {
    const id = `measure-${value}` as StringId;
    return { en: t(id, 'en'), zh: t(id, 'zh') };
  }
  const id = `${field}-${value}` as ReviewStringId;
  return id in REVIEW_STRINGS ? REVIEW_STRINGS[id] : { en: value, zh: value };
}
