import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseNewlines } from '../../src/model/cleaning/normalise.js';
import { stripPinyinAnnotations } from '../../src/model/cleaning/pinyin.js';
import { occurrences } from '../../src/model/quote.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { cleanBundledSeed, readSeed, seedRecipe, SEEDS } from '../helpers.js';

const clean = Object.fromEntries(SEEDS.map((s) => [s, cleanBundledSeed(s).text])) as Record<(typeof SEEDS)[number], string>;
const REPAIRS = SEEDS.flatMap((seed) => seedRecipe(seed).repairs.map((r) => ({ ...r, seed })));

describe('seeds', () => {
  // The seeds are the source of truth and are never edited.
  const SHA256 = {
    '000_460f0e1b014ac56f.txt': '7864167c530e4d70',
    '001_c6ab3c07fbde3765.txt': '2a0523a52f260586',
    '002_c2e15af26f8a97f6.txt': 'ded192e1382bdb0f',
    '003_10172597df91bc87.txt': '6dd475b9fc7e28b0',
    '004_b52b74282f10c265.txt': '1f368ee58ac18042',
  };
  it.each(SEEDS)('%s is byte for byte the original', (seed) => {
    const bytes = readFileSync(join(PACKAGE_ROOT, 'seeds', seed));
    expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe(SHA256[seed]);
    const shared = join(PACKAGE_ROOT, '..', 'shared', 'seeds', seed);
    if (existsSync(shared)) expect(bytes.equals(readFileSync(shared))).toBe(true);
  });
});

describe('pinyin annotations in the seeds', () => {
  it('number roughly 1,500 in the raw seeds, and none survive cleaning', () => {
    const annotation = /\([a-zàáǎāèéěēìíǐīòóǒōùúǔūüǖǘǚǜ]+\)/gu;
    const raw = SEEDS.reduce((n, s) => n + (readSeed(s).match(annotation)?.length ?? 0), 0);
    expect(raw).toBeGreaterThan(1400);
    for (const seed of SEEDS) {
      expect(clean[seed]).not.toMatch(annotation);
      expect(clean[seed]).not.toMatch(/[àáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜ]/u);
    }
  });
});

describe('garbled spans', () => {
  it('are repaired where the recipes say', () => {
    expect(REPAIRS.length).toBe(8);
  });
  it.each(REPAIRS.map((r) => [r.garbled, r] as const))('%s is found once and repaired', (_label, repair) => {
    const stripped = stripPinyinAnnotations(normaliseNewlines(readSeed(repair.seed)));
    expect(occurrences(stripped, repair.garbled)).toHaveLength(1);
    expect(clean[repair.seed as (typeof SEEDS)[number]]).toContain(repair.repaired);
    expect(clean[repair.seed as (typeof SEEDS)[number]]).not.toContain(repair.garbled);
  });
  it.each(SEEDS)('%s has no stray "?", replacement character or mojibake left', (seed) => {
    expect(clean[seed]).not.toContain('?');
    expect(clean[seed]).not.toContain('\uFFFD');
    // Characters that only turn up in these texts when UTF-8 was read as GBK.
    expect(clean[seed]).not.toMatch(/笔锌萍|窒嚓|鄙鲜鲐|脷v|nèi|jiǎng|wù\)/u);
  });
  it('restores the sentences the garbling broke', () => {
    expect(clean['000_460f0e1b014ac56f.txt']).toContain('通過狠抓“第一生產力”推動“第一要務”落實');
    expect(clean['002_c2e15af26f8a97f6.txt']).toContain('全市創新生態不斷優化。”市科技局相關負責人介紹');
    expect(clean['002_c2e15af26f8a97f6.txt']).toContain('大賽成績取得歷史性突破,7家企業獲國賽優秀企業獎');
    expect(clean['004_b52b74282f10c265.txt']).toContain('視察廣西“4·27”重要講話');
  });
});

describe('PDF spacing (003)', () => {
  const text = clean['003_10172597df91bc87.txt'];
  it('joins words the extraction broke', () => {
    expect(text).toContain('经费投入强度达1.94%');
    expect(text).toContain('高新技术企业数量达1800家');
    expect(text).toContain('〔责任单位:市科技局、市工信局');
    expect(text).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
  });
  it('keeps numbers apart and readable', () => {
    expect(text).toContain('科技强桂三年行动方案(2021—2023年)');
  });
  it('joins a sentence broken across a page but not a heading and its body', () => {
    expect(text).toContain('进一步激发人才创新创业活力');
    expect(text).toContain('\n一、总体目标\n');
    expect(text).toContain('\n20.推动可持续发展实验区和国家加工贸易产业园区建设。\n高标准推动良庆区');
  });
});

describe('site chrome', () => {
  it('is cut from around every article', () => {
    expect(clean['000_460f0e1b014ac56f.txt']).not.toContain('免責聲明');
    expect(clean['001_c6ab3c07fbde3765.txt']).not.toMatch(/要聞|國際在線|版權|來源:南寧日報編輯/u);
    expect(clean['003_10172597df91bc87.txt']).not.toContain('政策解读');
    const reply = clean['004_b52b74282f10c265.txt'];
    expect(reply).not.toMatch(/国产精品|乱码|毛片/u);
    expect(reply).not.toMatch(/簡體版|無障礙|當前位置|分享 微信|微博|【字體|文件下載|關聯文件/u);
  });
  it.each(SEEDS)('%s has one paragraph a line, trimmed, no blank lines', (seed) => {
    for (const line of clean[seed].split('\n')) {
      expect(line).not.toBe('');
      expect(line).toBe(line.trim());
    }
  });
});

describe('article bodies survive whole', () => {
  // Sentences from the start, middle and end of every body.
  const SENTINELS: Record<(typeof SEEDS)[number], [string, string, string]> = {
    '000_460f0e1b014ac56f.txt': [
      '10月31日,廣西舉行“解放思想、創新求變',
      '其中,高新技術企業1729家,瞪羚企業52家,國家級專精特新“小巨人”企業24家。',
      '提供強有力的科技支撐。 (何寧)',
    ],
    '001_c6ab3c07fbde3765.txt': [
      '南寧市良慶區:用好科技創新“法寶” 強力支撐高品質發展',
      '目前,該城區市級以上創新平臺累計達65個,高新技術企業保有量達127家',
      '3家企業獲全國優秀企業獎。(南寧日報 記者韋靜 通訊員淩宏娟)',
    ],
    '002_c2e15af26f8a97f6.txt': [
      '2024年,揚州如何圍繞科技創新',
      '全年備案科技型中小企業沖刺3500家,高新技術企業力爭達到2500家',
      '5實施人才隊伍強基固本工程,全面提升干部隊伍、科技型企業家、科研人才的綜合素質。',
    ],
    '003_10172597df91bc87.txt': [
      '南宁市落实科技强桂行动实施方案\n为深入实施创新驱动发展战略,以科技创新催生发展新动能',
      '15.加强科技特派员队伍建设。',
      '附件:南宁市落实科技强桂行动实施方案重点项目表',
    ],
    '004_b52b74282f10c265.txt': [
      '自治區科技廳關于對自治區政協十三屆一次會議第20230456號提案的答復\n蔣學權委員:',
      '新認定高新技術企業1373家,全區高新技術企業數量達3822家,同比增長15.36%',
      '廣西壯族自治區科學技術廳\n2023年8月24日',
    ],
  };
  it.each(SEEDS)('%s', (seed) => {
    const [start, middle, end] = SENTINELS[seed];
    expect(clean[seed].startsWith(start)).toBe(true);
    expect(clean[seed]).toContain(middle);
    expect(clean[seed].endsWith(end)).toBe(true);
  });
});

describe('script', () => {
  it('stays as each document was written', () => {
    for (const seed of ['000_460f0e1b014ac56f.txt', '001_c6ab3c07fbde3765.txt', '004_b52b74282f10c265.txt'] as const) {
      expect(clean[seed]).toContain('廣西');
    }
    expect(clean['002_c2e15af26f8a97f6.txt']).toContain('揚州');
    expect(clean['003_10172597df91bc87.txt']).toContain('南宁');
    expect(clean['003_10172597df91bc87.txt']).not.toContain('南寧');
  });
  it('is deterministic', () => {
    for (const seed of SEEDS) expect(cleanBundledSeed(seed).text).toBe(clean[seed]);
  });
});
