import { b, BACKSPACE, DOWN, ENTER, ESC, UP, type Binding } from '../keys/words.js';

/** The review's keys, one each for what a reviewer does most: part of the one key table. */
export const REVIEW_BINDINGS: readonly Binding[] = [
  b('accept', ['review'], [{ input: 'a' }], 'a', 'accept the proposal: it becomes a fact', '接受该提议，使其成为数据', {
    en: 'accept',
    zh: '接受',
  }),
  b('reject', ['review'], [{ input: 'x' }], 'x', 'reject it: a second ingest will not propose it again', '拒绝该提议，再次导入时不再提出', {
    en: 'reject',
    zh: '拒绝',
  }),
  b('skip', ['review'], [{ input: 's' }], 's', 'skip it for now (and keep it out of accept all)', '暂时跳过（也不随“全部接受”接受）', {
    en: 'skip',
    zh: '跳过',
  }),
  b('undo', ['review'], [{ input: 'u' }], 'u', 'undo the last decision', '撤销上一个决定', { en: 'undo', zh: '撤销' }),
  b(
    'edit',
    ['review'],
    [{ input: 'e' }],
    'e',
    "edit the proposal's fields, as review --set names them",
    '修改该提议的各项（与 review --set 同名）',
    {
      en: 'edit',
      zh: '修改',
    },
  ),
  b('acceptAll', ['review'], [{ input: 'A' }], 'A', 'accept all of this document but those skipped', '接受本文件的全部提议（跳过的除外）'),
  b('down', ['review'], [DOWN, { input: 'j' }], '↓ j', 'next proposal', '下一条提议'),
  b('up', ['review'], [UP, { input: 'k' }], '↑ k', 'previous proposal', '上一条提议'),
  b('links', ['review'], [{ input: 'l' }], 'l', 'link a target with its reports and its baseline', '关联目标与其实际值、基数', {
    en: 'links',
    zh: '关联',
  }),
  b('cycleOrder', ['review'], [{ input: 'o' }], 'o', 'order: least sure first / as in the text', '顺序：置信度由低到高或按原文顺序'),
  b('openPlace', ['review'], [{ input: 'p' }], 'p', 'finish the proposed place this document names', '完善本文件所说的新地名'),
  b(
    'folderList',
    ['review'],
    [{ input: 'L' }],
    'L',
    "the folder's proposals: a list to filter and accept from",
    '全部提议列表：筛选并批量接受',
    {
      en: 'list',
      zh: '列表',
    },
  ),
  b('preview', ['review'], [{ input: 'd' }], 'd', 'the change accepting it writes to the file (a diff)', '预览接受后写入文件的改动', {
    en: 'diff',
    zh: '改动',
  }),
  b(
    'quit',
    ['review', 'reviewFields', 'reviewConfirm', 'reviewPlace', 'reviewLinks', 'reviewList', 'reviewListConfirm', 'reviewPreview'],
    [{ input: 'q' }],
    'q',
    'quit the review',
    '退出审核',
    { en: 'quit', zh: '退出' },
  ),
  b(
    'interrupt',
    [
      'review',
      'reviewFields',
      'reviewText',
      'reviewConfirm',
      'reviewPlace',
      'reviewPlaceText',
      'reviewLinks',
      'reviewList',
      'reviewListMin',
      'reviewListConfirm',
      'reviewPreview',
    ],
    [{ ctrl: 'c' }],
    'Ctrl-C',
    'quit',
    '退出',
  ),

  b('down', ['reviewFields'], [DOWN, { input: 'j' }], '↓ j', 'next field', '下一项'),
  b('up', ['reviewFields'], [UP, { input: 'k' }], '↑ k', 'previous field', '上一项'),
  b(
    'choose',
    ['reviewFields'],
    [ENTER],
    'Enter',
    'edit this field: type it, or choose it from its list',
    '修改此项：输入，或从列表中选择',
    {
      en: 'edit',
      zh: '修改',
    },
  ),
  b('close', ['reviewFields'], [ESC], 'Esc', 'done editing', '结束修改', { en: 'done', zh: '完成' }),

  b('choose', ['reviewText'], [ENTER], 'Enter', 'save the field', '保存此项', { en: 'save', zh: '保存' }),
  b('close', ['reviewText'], [ESC], 'Esc', 'leave the field as it was', '放弃修改', { en: 'cancel', zh: '取消' }),
  b('deleteChar', ['reviewText'], [BACKSPACE], 'Backspace', 'delete a character', '删除一个字'),
  b('clearQuery', ['reviewText'], [{ ctrl: 'u' }], 'Ctrl-U', 'clear the field', '清空此项'),

  b('down', ['reviewLinks'], [DOWN, { input: 'j' }], '↓ j', 'next suggested link', '下一条建议的关联'),
  b('up', ['reviewLinks'], [UP, { input: 'k' }], '↑ k', 'previous suggested link', '上一条建议的关联'),
  b('choose', ['reviewLinks'], [ENTER], 'Enter', 'link the one under the cursor (u takes it back)', '关联光标处的一条（u 撤销）', {
    en: 'link',
    zh: '关联',
  }),
  b('close', ['reviewLinks'], [ESC], 'Esc', 'close the links', '关闭关联列表', { en: 'close', zh: '关闭' }),

  b('confirm', ['reviewConfirm'], [{ input: 'y' }], 'y', 'yes', '是', { en: 'yes', zh: '是' }),
  b('close', ['reviewConfirm'], [{ input: 'n' }, ESC], 'n Esc', 'no', '否', { en: 'no', zh: '否' }),

  b('down', ['reviewPlace'], [DOWN, { input: 'j' }], '↓ j', 'next field of the place', '地名的下一项'),
  b('up', ['reviewPlace'], [UP, { input: 'k' }], '↑ k', 'previous field of the place', '地名的上一项'),
  b('choose', ['reviewPlace'], [ENTER], 'Enter', 'edit this field', '修改此项', { en: 'edit', zh: '修改' }),
  b(
    'finishPlace',
    ['reviewPlace'],
    [{ input: 'f' }],
    'f',
    'finish the place: write it to places.yaml, no longer proposed',
    '完善该地名：写入 places.yaml，不再是提议',
    {
      en: 'finish',
      zh: '完成',
    },
  ),
  b('close', ['reviewPlace'], [ESC], 'Esc', 'close the place, leaving it proposed', '关闭，地名仍为提议', { en: 'close', zh: '关闭' }),

  b('choose', ['reviewPlaceText'], [ENTER], 'Enter', 'keep the field', '保留此项', { en: 'keep', zh: '保留' }),
  b('close', ['reviewPlaceText'], [ESC], 'Esc', 'leave the field as it was', '放弃修改', { en: 'cancel', zh: '取消' }),
  b('deleteChar', ['reviewPlaceText'], [BACKSPACE], 'Backspace', 'delete a character', '删除一个字'),
  b('clearQuery', ['reviewPlaceText'], [{ ctrl: 'u' }], 'Ctrl-U', 'clear the field', '清空此项'),
  // The list of the folder's figures (L), like a lazygit list: move, mark, filter, accept the rest.
  b('down', ['reviewList'], [DOWN, { input: 'j' }], '↓ j', 'next row', '下一行'),
  b('up', ['reviewList'], [UP, { input: 'k' }], '↑ k', 'previous row', '上一行'),
  b('toggle', ['reviewList'], [{ input: ' ' }], 'Space', 'mark the row: accept all leaves it', '标记该行：批量接受时不接受', {
    en: 'mark',
    zh: '标记',
  }),
  b(
    'cycleStatus',
    ['reviewList'],
    [{ input: 's' }],
    's',
    'state: all / proposed / skipped / accepted / rejected',
    '状态：全部、待审、跳过、已接受、已拒绝',
    {
      en: 'state',
      zh: '状态',
    },
  ),
  b(
    'minConfidence',
    ['reviewList'],
    [{ input: 'c' }],
    'c',
    'minimum confidence: type it (empty: none)',
    '最低置信度：输入数值（留空则不限）',
    {
      en: 'min',
      zh: '最低',
    },
  ),
  b('onlyDocument', ['reviewList'], [{ input: 'f' }], 'f', "only this row's document / every document", '只看该行所在文件／全部文件', {
    en: 'document',
    zh: '文件',
  }),
  b(
    'acceptAll',
    ['reviewList'],
    [{ input: 'A' }],
    'A',
    'accept those shown at or above the minimum, not the marked',
    '接受所列提议（不低于最低置信度，标记的除外）',
    { en: 'accept shown', zh: '接受所列' },
  ),
  b('preview', ['reviewList'], [{ input: 'd' }], 'd', 'the change accepting the shown writes (a diff)', '预览接受所列提议写入文件的改动', {
    en: 'diff',
    zh: '改动',
  }),
  b('choose', ['reviewList'], [ENTER], 'Enter', 'review this proposal', '审核该提议', { en: 'go', zh: '前往' }),
  b('close', ['reviewList'], [ESC, { input: 'L' }], 'Esc L', 'back to the proposal', '返回审核', { en: 'back', zh: '返回' }),

  b('choose', ['reviewListMin'], [ENTER], 'Enter', 'set the minimum', '设定最低置信度', { en: 'set', zh: '设定' }),
  b('close', ['reviewListMin'], [ESC], 'Esc', 'leave the minimum as it was', '不作修改', { en: 'cancel', zh: '取消' }),
  b('deleteChar', ['reviewListMin'], [BACKSPACE], 'Backspace', 'delete a character', '删除一个字'),
  b('clearQuery', ['reviewListMin'], [{ ctrl: 'u' }], 'Ctrl-U', 'clear it', '清空'),

  b('confirm', ['reviewListConfirm'], [{ input: 'y' }], 'y', 'yes', '是', { en: 'yes', zh: '是' }),
  b('close', ['reviewListConfirm'], [{ input: 'n' }, ESC], 'n Esc', 'no', '否', { en: 'no', zh: '否' }),

  b('down', ['reviewPreview'], [DOWN, { input: 'j' }], '↓ j', 'scroll down', '向下滚动'),
  b('up', ['reviewPreview'], [UP, { input: 'k' }], '↑ k', 'scroll up', '向上滚动'),
  b('close', ['reviewPreview'], [ESC, { input: 'd' }], 'Esc d', 'close the preview', '关闭预览', { en: 'close', zh: '关闭' }),
];
