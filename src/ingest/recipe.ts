import { wrappedAt, wrapWidth } from '../model/cleaning/pdf.js';
import { genericSteps } from '../model/clean.js';
import type { Recipe } from '../model/schema.js';

/**
 * A first guess at a scraped page's cleaning recipe, for a person to check: where the
 * article starts (its headline, or its first paragraph when it has none) and ends (the last
 * paragraph before the site's footer), the site chrome inside it, and whether it is PDF text.
 * It reads the text as the recipe will: after the generic cleaning steps.
 */

/** Navigation, share buttons and toolbars: words only a page's frame uses. */
const CHROME_WORDS =
  /首[页頁]|登[录錄]|注[册冊]|分享|微信|微博|字体|字體|打印|无障碍|無障礙|[简繁]体版|[簡繁]體版|当前位置|當前位置|扫一扫|掃一掃|返回顶部|返回頂部/u;
/** The longest line taken for chrome by its words: a sentence that mentions 微信 is not a toolbar. */
const CHROME_MAX = 24;
/** A date with a time, or with the page's source or editor: the dateline under a headline. */
const DATELINE =
  /^(?:(?:发布|發布|更新|成文)?(?:时间|時間|日期)\s*[:：]\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}|.{0,20}(?:来源|來源|作者|编辑|編輯|发布|發布|浏览|瀏覽|点击|點擊))/u;
/** Lines that open a page's footer, and words only a footer holds. */
const FOOTER_START =
  /^(?:阅读原文|閱讀原文|精选留言|精選留言|写留言|寫留言|热门评论|熱門評論|全部评论|全部評論|网友评论|網友評論|阅读\s*[\d.]+万?$|閱讀\s*[\d.]+萬?$|免责声明|免責聲明|Copyright|©|分享到|相关文件|相關文件|关联文件|關聯文件|相关链接|相關鏈接|文件下载|文件下載|政策解读|政策解讀|上一篇|下一篇|打印本页|打印本頁|关闭窗口|關閉窗口|扫一扫|掃一掃|(?:附件|主办|主辦|责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：])/iu;
const FOOTER_WORDS = /ICP[备備]|版权所有|版權所有|版权声明|版權聲明|版[权權].{0,12}(?:声明|聲明)|Copyright|©/iu;
/** A headline ends without a sentence's punctuation. */
const SENTENCE_END = /[。！？!?；;：:，,、…]$/u;
const HEADLINE_MAX = 60;
/** The first paragraph of the body: a full sentence of some length. */
const PARAGRAPH_MIN = 30;

function isChrome(text: string): boolean {
  if ((text.match(/\|/gu)?.length ?? 0) >= 2) return true;
  if ((text.match(/[>›»]/gu)?.length ?? 0) >= 2) return true;
  return text.length <= CHROME_MAX && CHROME_WORDS.test(text) && !/[。！？]/u.test(text);
}

/** Two or three characters with nothing of a sentence: a button's label (頭條, 重置). */
const isLabel = (text: string): boolean => text.length <= 3 && /^[\p{L}]+$/u.test(text);
const isDateline = (text: string): boolean => text.length <= 80 && DATELINE.test(text);
const isFooter = (text: string): boolean => FOOTER_START.test(text) || (text.length <= 60 && FOOTER_WORDS.test(text));
const isHeadline = (text: string): boolean => text.length >= 5 && text.length <= HEADLINE_MAX && !SENTENCE_END.test(text);
/** A numbered heading of the body (一、…, （二）…, 3.…): the article's own, never its headline. */
const isSectionHeading = (text: string): boolean =>
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/u.test(text);
/** A sentence, or a long line of clauses (a PDF breaks sentences); a short list of phrases (spam, keywords) is neither. */
const isParagraph = (text: string): boolean =>
  (text.length >= PARAGRAPH_MIN && /[。！？；]/u.test(text)) ||
  (text.length >= 2 * PARAGRAPH_MIN && (text.match(/[,，]/gu)?.length ?? 0) >= 2);
/** A page number a PDF left between paragraphs: — 3 —, - 12 -. */
const isPageNumber = (text: string): boolean => /^[-—–]+\s*\d{1,4}\s*[-—–]+$/u.test(text);
const isFrame = (text: string): boolean => isChrome(text) || isDateline(text) || isPageNumber(text);

/**
 * The headline: the nearest headline-like line before the first paragraph, across the
 * dateline and toolbars between them, and any subtitle or second headline just above it;
 * the navigation above it stops the search. Short lines just before the paragraph (a
 * salutation: 蔣學權委員:) belong to the body. Without a headline, the body opens the article.
 */
function startOf(lines: readonly string[], paragraph: number): number {
  let start = paragraph;
  let titled = false;
  for (let i = paragraph - 1; i >= 0; i--) {
    const text = lines[i]!;
    if (isFrame(text) || isLabel(text)) {
      if (titled && !isDateline(text)) break;
    } else if (!titled && start === i + 1 && isSectionHeading(text)) {
      start = i;
    } else if (isHeadline(text)) {
      start = i;
      titled = true;
    } else if (!titled && start === i + 1 && text.length <= PARAGRAPH_MIN) {
      start = i;
    } else break;
  }
  return start;
}

/** The last line of the body: the one before the footer, chrome between them left out. */
function endOf(lines: readonly string[], paragraph: number): number {
  const footer = lines.findIndex((l, i) => i > paragraph && isFooter(l));
  let end = footer < 0 ? lines.length - 1 : footer - 1;
  while (end > paragraph && (isFrame(lines[end]!) || isLabel(lines[end]!))) end--;
  return end;
}

/** Chrome lines inside the article, and two-character labels among them. */
function chromeInside(lines: readonly string[], start: number, end: number): string[] {
  const drop: string[] = [];
  for (let i = start + 1; i < end; i++) {
    const text = lines[i]!;
    const besideChrome = (j: number): boolean => j > start && j < end && isFrame(lines[j]!);
    if (isFrame(text) || (isLabel(text) && (besideChrome(i - 1) || besideChrome(i + 1)))) drop.push(text);
  }
  return [...new Set(drop)];
}

/**
 * PDF text: spaces between Han characters (投入 强度), or long lines that stop mid-sentence
 * and go on in the next line, in a good part of the article.
 */
function looksLikePdf(lines: readonly string[]): boolean {
  // A PDF puts one space between words; a table of figures spaces its columns wider, or by tabs,
  // and its rows, each a line ending in a word, are no sentence broken in two.
  const long = lines.filter((l) => l.length >= 20 && !/ {2}|\t/u.test(l));
  if (long.length === 0) return false;
  const spaced = long.filter((l) => /\p{Script=Han} +\p{Script=Han}/u.test(l)).length;
  const broken = long.filter((l, i) => /\p{Script=Han}$/u.test(l) && /^\p{Script=Han}/u.test(long[i + 1] ?? '')).length;
  const enough = Math.max(3, long.length * 0.3);
  // Lines wrapped at one width, many of them inside a sentence: a narrow page's column.
  const width = wrapWidth(long);
  const wrapped = width === undefined ? 0 : long.filter((l) => wrappedAt(l, width)).length;
  return spaced >= enough || broken >= enough || wrapped >= enough;
}

/**
 * The shortest prefix of a line, of at least `min` characters, that no line on the wrong
 * side starts with: a start must not be found earlier, an end not later.
 */
function prefix(text: string, others: readonly string[], min = 12): string {
  for (let n = Math.min(min, text.length); n < text.length; n++) {
    const p = text.slice(0, n).trimEnd();
    if (p.length >= Math.min(min, text.length) && !others.some((o) => o.startsWith(p))) return p;
  }
  return text;
}

export function guessRecipe(raw: string): Recipe {
  const texts = genericSteps(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const paragraph = texts.findIndex((t) => isParagraph(t) && !isFrame(t) && !isFooter(t));
  if (paragraph < 0) return { drop: [], pdf: false, repairs: [] };
  const start = startOf(texts, paragraph);
  const end = endOf(texts, paragraph);
  // A headline repeated above as the page's title ("headline_site name") cannot be told from
  // it by a prefix: the article then starts there, and the lines up to the headline are dropped.
  const first = texts.findIndex((t) => t.startsWith(texts[start]!));
  const chrome = new Set([...texts.slice(first, start), ...chromeInside(texts, start, end)]);
  const body = texts.slice(first, end + 1).filter((t) => !chrome.has(t));
  // Drops match by prefix: one that would take a line of the body with it is left out, and its line stays.
  const drop = [...chrome].filter((d) => !body.some((t) => t.startsWith(d)));
  return {
    start: prefix(texts[start]!, texts.slice(0, first)),
    end: prefix(texts[end]!, texts.slice(end + 1)),
    drop,
    pdf: looksLikePdf(body),
    repairs: [],
  };
}
