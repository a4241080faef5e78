import { foldScript } from '../text/fold.js';
import type { DOCUMENT_KINDS } from '../model/schema.js';

/**
 * What kind of document a text is: from its title where the title names its kind (政府工作报告,
 * 实施方案, 关于…提案的答复, 新闻发布会, 科技局…工作总结), else from the text's shape (a report's
 * delivery line, a reply's salutation, a news page's byline or newspaper). Undefined where
 * neither tells: a person says.
 */

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A title's end that says nothing of its kind: the qualifiers around its name (（全文）, （2024—2026年）, 的通知). */
function core(title: string): string {
  let text = foldScript(title).replace(/\s+/gu, '');
  for (let before = ''; before !== text;) {
    before = text;
    text = text
      .replace(/[（(][^（()）]{0,16}[）)]$/u, '')
      .replace(/[》」』"”]+$/u, '')
      .replace(/(?:全文|摘要|节选|实录|图文|图解)$/u, '')
      .replace(/的通知$/u, '');
  }
  return text;
}

/** Kinds by the words a title ends with, the first that fits: a reply to a proposal on a plan is a reply. */
const TITLE_ENDS: readonly [RegExp, DocumentKind][] = [
  [/(?:提案|建议|议案)的?(?:答复|办理情况的?答复|复函)(?:函)?$|答复函$|的答复$|的复函$/u, 'proposal-reply'],
  [/政府工作报告$/u, 'work-report'],
  [/工作总结(?:[和及暨与、].{0,24})?$/u, 'bureau-summary'],
  [/(?:实施方案|行动方案|工作方案|行动计划|实施计划|三年计划|规划|规划纲要|若干措施|若干政策措施|政策措施|工作要点)$/u, 'action-plan'],
];
/** Words of a title about a document, not the document: its reading, its drafting. */
const ABOUT = /解读|答记者问|问答|起草说明|图解|一图读懂|看点/u;
/** A headline that reports a document (扬州市出台…行动方案, 张某某作政府工作报告) is news of it; a notice says 关于印发. */
const REPORTS = /出台|印发|发布|推出|制定|公布|审议|通过|听取|部署|启动|召开|举行|作政府工作报告/u;

/** The kind a title names, read in simplified script; undefined when the title names none. */
export function kindOfTitle(title: string): DocumentKind | undefined {
  const simple = foldScript(title);
  if (/新闻发布会/u.test(simple)) return 'press-conference';
  const text = core(title);
  if (ABOUT.test(text)) return undefined;
  const kind = TITLE_ENDS.find(([ending]) => ending.test(text))?.[1];
  if (kind !== 'proposal-reply' && !text.includes('关于') && REPORTS.test(text)) return undefined;
  // A summary is a bureau's when it says so: 科技局…工作总结, 某某区科技工作总结.
  if (kind === 'bureau-summary' && !/科技|科学技术|[局厅委]/u.test(text)) return undefined;
  return kind;
}

/** What the text's shape shows, for a title that names no kind. */
export interface Shape {
  /** It has a line saying when and to which people's congress it was delivered. */
  readonly delivered: boolean;
  /** A government speaks: a governor's or mayor's line, or 我代表…人民政府 (a congress hears its court's and standing committee's reports too). */
  readonly governmentSpeaks: boolean;
  /** The first lines of the article, and its last few (where a news report's byline may stand), in simplified script. */
  readonly ends: readonly string[];
  /** The news outlet a 来源 line names, if any. */
  readonly outlet: boolean;
  /** The title, when the text has one. */
  readonly title: string | undefined;
  /** The publisher read, when one is. */
  readonly publisher: string | undefined;
}

const BYLINE =
  /本报讯|本网讯|讯[（(]记者|[（(]记者|记者\s*\p{Script=Han}{2,4}\s*(?:报道|摄)|记者.{0,16}(?:获悉|了解到|采访)|(?:新华社|中新社|中新网).{0,12}电/u;

/** The kind a text's shape shows where its title is silent. */
export function kindOfShape(shape: Shape): DocumentKind | undefined {
  const opening = shape.ends.join('\n');
  if ((shape.delivered || /^各位代表/mu.test(opening)) && shape.governmentSpeaks) return 'work-report';
  if (/^\p{Script=Han}{2,12}(?:委员|代表)[:：]/mu.test(opening) && /收悉|现答复如下|现将.{0,12}答复/u.test(opening)) {
    return 'proposal-reply';
  }
  if (/(?:举行|召开|举办).{0,80}新闻发布会/u.test(shape.ends[0] ?? '')) return 'press-conference';
  const title = shape.title === undefined ? '' : foldScript(shape.title);
  if (/工作总结/u.test(title) && /科技|科学技术/u.test(foldScript(shape.publisher ?? ''))) return 'bureau-summary';
  if (BYLINE.test(opening) || (shape.outlet && !/(?:通知|意见|办法|决定|公告|通报|规定|细则|函|批复|报告)$/u.test(core(title)))) {
    return 'news-report';
  }
  return undefined;
}
