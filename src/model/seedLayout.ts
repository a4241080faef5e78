/**
 * Where the article is in each scraped seed: everything before `firstLine` and after
 * `lastLine` is site chrome (navigation, share buttons, a spam line, copyright notices,
 * disclaimers), and `dropLines` are chrome lines inside it. Lines are matched by prefix
 * after trimming, on the text with annotations stripped and repairs applied.
 */
export interface SeedLayout {
  firstLine: string;
  lastLine: string;
  dropLines: readonly string[];
  /** The text came out of a PDF: words broken by spaces and lines broken mid-sentence. */
  pdf: boolean;
}

export const SEED_LAYOUTS: Readonly<Record<string, SeedLayout>> = {
  '000_460f0e1b014ac56f.txt': {
    firstLine: '10月31日,廣西舉行',
    // The disclaimer ("免責聲明") that follows belongs to the reposting site.
    lastLine: '下一步,南寧市將深入實施',
    dropLines: [],
    pdf: false,
  },
  '001_c6ab3c07fbde3765.txt': {
    // Skips the site's navigation bar; the headline is the first article line.
    firstLine: '南寧市良慶區:用好科技創新',
    // The copyright statement ("國際在線版權與信息産品內容銷售的聲明") follows.
    lastLine: '——推進人才引育機制創新',
    // The dateline with the site's editor credits.
    dropLines: ['2022-03-01 10:28:55'],
    pdf: false,
  },
  '002_c2e15af26f8a97f6.txt': {
    firstLine: '2024年,揚州如何圍繞科技創新',
    lastLine: '5實施人才隊伍強基固本工程',
    dropLines: [],
    pdf: false,
  },
  '003_10172597df91bc87.txt': {
    firstLine: '南宁市落实科技强桂行动实施方案',
    // The page's link to a separate policy interpretation ("政策解读") follows.
    lastLine: '附件:',
    dropLines: [],
    pdf: true,
  },
  '004_b52b74282f10c265.txt': {
    // Skips the spam line and the site's accessibility toolbar and breadcrumb.
    firstLine: '自治區科技廳關于對自治區政協',
    // "文件下載" and "關聯文件" (download links) follow the signature date.
    lastLine: '2023年8月24日',
    dropLines: ['2023-08-24 18:55', '分享 微信', '頭條', '微博 空間', '【字體'],
    pdf: false,
  },
};
