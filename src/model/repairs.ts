/**
 * Spans of the seeds that were garbled beyond the pinyin annotations: a scraper decoded
 * UTF-8 bytes as GBK and re-encoded them, so a few characters (and the "(" of their
 * annotations) turned into unrelated characters and "?". Each entry names the span as it
 * stands after the annotations are stripped and what the original text says there, read
 * from its context. Every entry must match exactly once (test/model/clean.test.ts).
 */
export interface Repair {
  seed: string;
  garbled: string;
  repaired: string;
  why: string;
}

export const REPAIRS: readonly Repair[] = [
  {
    seed: '000_460f0e1b014ac56f.txt',
    garbled: '第一要?jiǎng)?wù)',
    repaired: '第一要務',
    why: '"第一要務" (the first priority) pairs with "第一生產力" just before it; 務 and its annotation are mangled',
  },
  {
    seed: '002_c2e15af26f8a97f6.txt',
    garbled: '建設?記者',
    repaired: '建設？記者',
    why: 'the lead sentence is a question ("如何…?"); its full-width question mark lost a byte',
  },
  {
    seed: '002_c2e15af26f8a97f6.txt',
    garbled: '優化?!笔锌萍季窒嚓P負責人',
    repaired: '優化。”市科技局相關負責人',
    why: 'end of the quoted statement "。”" followed by "市科技局相關負責人" (the head of the city science bureau), read as GBK',
  },
  {
    seed: '002_c2e15af26f8a97f6.txt',
    garbled: '成績?nèi)〉脷v史性',
    repaired: '成績取得歷史性',
    why: '"成績取得歷史性突破" (results achieved a historic breakthrough), read as GBK',
  },
  {
    seed: '002_c2e15af26f8a97f6.txt',
    garbled: '推進?“全市',
    repaired: '推進？“全市',
    why: '"如何推進?" is a question; its full-width question mark lost a byte',
  },
  {
    seed: '002_c2e15af26f8a97f6.txt',
    garbled: '‘五大工程’?!鄙鲜鲐?fù)責人',
    repaired: '‘五大工程’。”上述負責人',
    why: 'end of the quoted statement "。”" followed by "上述負責人" (the official mentioned above), read as GBK',
  },
  {
    seed: '002_c2e15af26f8a97f6.txt',
    garbled: '落地?fù)P州',
    repaired: '落地揚州',
    why: '"落地揚州" (land in Yangzhou): 揚 read as GBK together with its annotation',
  },
  {
    seed: '004_b52b74282f10c265.txt',
    garbled: '“4?27”',
    repaired: '“4·27”',
    why: 'the "4·27" speech (27 April 2021 inspection of Guangxi); the middle dot was lost',
  },
];
