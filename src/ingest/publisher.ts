import { foldScript } from '../text/fold.js';
import { asWritten, type Line } from './written.js';

/**
 * Who a page says published a text, by the label the page gives it: 发文机关 and 发布机构 name
 * the organ that issued it, 来源 and 信息来源 the organ or the newspaper the page took it from.
 * A value is a name: it ends where the next field of the line starts (作者：, 编辑：,
 * 发布时间：), and 本网 or 原创 name nobody.
 */

export interface Labelled {
  readonly name: string;
  /** Issued: 发文机关, 发布机构; or the source a page names: 来源, 信息来源. */
  readonly label: 'issuer' | 'source';
}

const LABEL =
  /(?<label>发文机关|发文单位|发布机构|发布单位|信息来源|文章来源|稿件来源|稿源|来源)\s*[】\]]?\s*[:：]\s*(?<value>[^\s|｜【[\]]{2,40})/gu;
/** The next field on the line, where a value with no space after it ends (来源:南宁日报编辑:张某某). */
const NEXT_FIELD = /(?:责任编辑|责编|编辑|作者|记者|发布时间|发布日期|时间|日期|浏览|阅读|点击|字号|供稿|撰稿|摄影)\s*[:：]|\d{4}[-/.年]/u;
const NOBODY = /^(?:本网|本站|原创|网络|互联网|未知|佚名|转载|其他|综合)$/u;

/** Each labelled publisher of a page's lines, in the order they stand. */
export function labelledPublishers(lines: readonly Line[]): Labelled[] {
  const found: Labelled[] = [];
  for (const line of lines) {
    if (line.simple.length > 200) continue;
    for (const m of line.simple.matchAll(LABEL)) {
      const start = m.index + m[0].length - m.groups!.value!.length;
      let value = m.groups!.value!;
      const next = NEXT_FIELD.exec(value);
      if (next) value = value.slice(0, next.index);
      value = value.replace(/[，,。;；:：]+$/u, '');
      if (value.length < 2 || NOBODY.test(value) || !/\p{Script=Han}/u.test(value)) continue;
      const name = asWritten(line, start, start + value.length);
      found.push({ name, label: /^发(?:文|布)(?:机关|机构|单位)$/u.test(m.groups!.label!) ? 'issuer' : 'source' });
    }
  }
  return found;
}

/** A newspaper, a news agency, a broadcaster or a news site: the source of a news report. */
export function isNewsOutlet(name: string): boolean {
  const simple = foldScript(name);
  if (/政府|人大|政协|[局厅委]/u.test(simple)) return false;
  return /(?:日报|晚报|晨报|商报|时报|都市报|报社|新闻网|新闻|新华社|中新社|电视台|广播电视台|融媒体中心|融媒|在线|客户端|网)$|^(?:新华|人民网|央视|中国新闻)/u.test(
    simple,
  );
}
