import type { Delivery } from './delivery.js';
import { dateAlone } from './dates.js';
import { asWritten, type Line } from './written.js';

/**
 * A text's title as it gives it: the headline its article opens with (the cleaning recipe
 * starts the article there), past a red header (…文件) and a document number (苏科〔2024〕
 * 12号); a subtitle of years or of 全文 in parentheses on the next line is part of it, and a
 * title broken inside its 《》 goes on in the next line. A work report's title stops where its
 * delivery line starts on the same line. A page's 标题： field, where it has one, says it
 * outright. A sentence is no title, and a text that opens with its body (各位代表：) has none,
 * unless the page's head above the article has a headline.
 */

const HEADLINE_MAX = 60;
const SENTENCE_END = /[。！？!?；;：:，,、…]$/u;
const RED_HEADER = /^[\p{Script=Han}\s]{2,40}文件$/u;
const DOCUMENT_NUMBER = /^[\p{Script=Han}\s]{0,16}[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号$/u;
const ORGAN_ALONE = /^[\p{Script=Han}\s]{3,40}(?:局|厅|委员会|委|政府|办公厅|办公室|院|部|中心|管委会|小组|办)$/u;
/** A subtitle in parentheses: the years a plan runs (（2024—2026年）), 全文, 摘要, 试行. */
const SUBTITLE = /^[（(][^（()）]{1,16}[）)]$/u;
const LABELLED_TITLE = /^[【[]?(?:标题|文件名称|名称)[】\]]?\s*[:：]\s*(.{4,100})$/u;

/** Whether a line reads as a headline: short, and no sentence. */
export function isHeadline(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= HEADLINE_MAX &&
    !SENTENCE_END.test(text) &&
    !text.includes('。') &&
    (text.match(/[，,]/gu)?.length ?? 0) < 3 &&
    /\p{Script=Han}/u.test(text)
  );
}

/**
 * The title, from the article's first lines (and the delivery line found among them), or from
 * a 标题： field of the page's head; undefined where neither gives one.
 */
export function titleIn(article: readonly Line[], head: readonly Line[], delivery: Delivery | undefined): string | undefined {
  for (const line of head) {
    const m = LABELLED_TITLE.exec(line.simple);
    if (m && isHeadline(m[1]!.trim())) return asWritten(line, line.simple.length - m[1]!.length, line.simple.length);
  }
  for (let i = 0; i < Math.min(article.length, 6); i++) {
    const line = article[i]!;
    const text = line.simple;
    if (RED_HEADER.test(text) || DOCUMENT_NUMBER.test(text) || SITE_NAME.test(text) || dateAlone(text) !== undefined) continue;
    // The issuing organ above a title that starts 关于 belongs to the header, not the title.
    if (ORGAN_ALONE.test(text) && /^关于/u.test(article[i + 1]?.simple ?? '')) continue;
    if (delivery?.index === i) return delivery.before === '' ? undefined : delivery.before;
    // An article that opens with a section of its body lost its headline to the page's head.
    if (SECTION.test(text) || !isHeadline(text)) return headlineInHead(head);
    return headlineFrom(article, i);
  }
  return undefined;
}

/** A numbered heading of a body: 一、…, （二）…, 3.… */
const SECTION = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/u;
/** A page's frame: navigation, breadcrumbs, toolbars. */
const FRAME = /[|｜]|[>›»].*[>›»]|当前位置|首页|登录|分享|字体|打印|扫一扫|无障碍|[简繁]体/u;
/** A field of the page's head: its date, source, author, views. */
const FIELD = /(?:来源|发布|时间|日期|作者|编辑|浏览|点击|索引号|文号|发文机关|主题分类)\s*[:：]/u;
const SITE_NAME = /(?:网站|门户网|政府网|官网|客户端|频道)$/u;

/** The first headline of a page's head that is none of its frame: its navigation, fields, header, number or site name. */
function headlineInHead(head: readonly Line[]): string | undefined {
  for (const line of head) {
    const text = line.simple;
    if (FRAME.test(text) || FIELD.test(text) || RED_HEADER.test(text) || DOCUMENT_NUMBER.test(text) || SITE_NAME.test(text)) continue;
    if (ORGAN_ALONE.test(text) || dateAlone(text) !== undefined || SECTION.test(text)) continue;
    if (isHeadline(text)) return line.written;
  }
  return undefined;
}

function headlineFrom(article: readonly Line[], i: number): string | undefined {
  const line = article[i]!;
  // 政 府 工 作 报 告: a headline spaced out letter by letter.
  let title = /^(?:\p{Script=Han}\s+)+\p{Script=Han}$/u.test(line.simple) ? line.written.replace(/\s+/gu, '') : line.written;
  let simple = line.simple;
  let next = i + 1;
  // A title broken inside its 《》 by a PDF's line.
  while (count(simple, '《') > count(simple, '》') && next < Math.min(article.length, i + 3)) {
    title += article[next]!.written;
    simple += article[next]!.simple;
    next++;
  }
  if (!isHeadline(title)) return undefined;
  const after = article[next]?.simple;
  if (after !== undefined && SUBTITLE.test(after) && !/会议/u.test(after) && title.length + after.length <= HEADLINE_MAX + 20) {
    title += article[next]!.written;
  }
  return title;
}

const count = (text: string, c: string): number => text.split(c).length - 1;
