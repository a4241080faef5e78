import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetadata, type TextMetadata } from '../../src/ingest/meta.js';
import { guessRecipe } from '../../src/ingest/recipe.js';
import { cleanSeed } from '../../src/model/clean.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { readSeed } from '../helpers.js';

/** What ingest reads of a raw text: its lines, and its clean text as its guessed recipe makes it. */
function metadataOf(raw: string): TextMetadata {
  const cleaned = cleanSeed(raw, guessRecipe(raw));
  if (!('text' in cleaned)) throw new Error('the text does not clean');
  return readMetadata(raw.split(/\r\n?|\n/u), cleaned.text);
}
const fixture = (name: string) => metadataOf(readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', name), 'utf8'));

describe('the metadata of each test text, as its page gives it', () => {
  it.each<[string, TextMetadata]>([
    [
      // The delivery day in Chinese numerals, in parentheses, wins over the page's publishing time; the
      // government the 省长 heads over the newspaper the page names as its source.
      'hebei-work-report-page.txt',
      {
        title: '政府工作报告',
        date: '2025-01-14',
        dateFrom: 'delivered',
        kind: 'work-report',
        publisher: '河北省人民政府',
        places: ['河北省'],
      },
    ],
    [
      // A spaced-out title, a delivery line broken in two, a 市长, and a dateline above that is not the report's day.
      'beijing-work-report.txt',
      {
        title: '政府工作报告',
        date: '2025-01-14',
        dateFrom: 'delivered',
        kind: 'work-report',
        publisher: '北京市人民政府',
        places: ['北京市'],
      },
    ],
    [
      // The delivery line on the title's line; 自治区主席 names its level alone, so the government is the congress's.
      'guangxi-work-report.txt',
      {
        title: '政府工作报告',
        date: '2024-01-24',
        dateFrom: 'delivered',
        kind: 'work-report',
        publisher: '广西壮族自治区人民政府',
        places: ['广西壮族自治区'],
      },
    ],
    [
      'work-report-page.txt',
      {
        title: '西安市2025年政府工作报告（摘要）',
        date: '2025-01-20',
        dateFrom: 'published',
        kind: 'work-report',
        publisher: '西安市人民政府办公厅',
        places: ['西安市'],
      },
    ],
    [
      'suzhou-bureau-summary.txt',
      {
        title: '苏州市科学技术局2023年工作总结和2024年工作思路',
        date: '2024-01-15',
        dateFrom: 'published',
        kind: 'bureau-summary',
        publisher: '苏州市科学技术局',
        places: ['苏州市'],
      },
    ],
    [
      'district-report-hant.txt',
      {
        title: '某某區2023年科技工作總結',
        date: '2024-01-08',
        dateFrom: 'dateline',
        kind: 'bureau-summary',
        publisher: '某某區科技局',
        places: ['某某區'],
      },
    ],
    [
      // A headline that reports a plan is news: 本报讯 and the newspaper as the source say so.
      'yangzhou-news.txt',
      {
        title: '扬州市出台科技创新三年行动方案',
        date: '2024-02-20',
        dateFrom: 'dateline',
        kind: 'news-report',
        publisher: '扬州日报',
        places: ['扬州市'],
      },
    ],
    [
      // Signed and dated in Chinese numerals at its end, a week before the page published it; the
      // cleaning starts the article at its first section, so the title is the page head's.
      'suzhou-proposal-reply.txt',
      {
        title: '关于市政协十五届二次会议第0123号提案的答复',
        date: '2023-06-12',
        dateFrom: 'signed',
        kind: 'proposal-reply',
        publisher: '苏州市科学技术局',
        places: ['苏州市'],
      },
    ],
    [
      // A red header and a document number above the title; the notice's signature stands before the plan it issues.
      'nanjing-action-plan-notice.txt',
      {
        title: '关于印发《南京市科技企业培育三年行动方案（2024—2026年）》的通知',
        date: '2024-03-01',
        dateFrom: 'signed',
        kind: 'action-plan',
        publisher: '南京市科学技术局',
        places: ['南京市'],
      },
    ],
    [
      'guangzhou-press-hant.txt',
      {
        title: '廣州市舉行《廣州市科技創新行動方案》新聞發布會',
        date: '2024-05-08',
        dateFrom: 'published',
        kind: 'press-conference',
        publisher: '廣州市人民政府新聞辦公室',
        places: ['廣州市'],
      },
    ],
    [
      // Its dates stand in sentences (自2024年5月1日起施行): no date is read, and no publisher.
      'wuxi-measures-undated.txt',
      { title: '无锡市促进科技成果转化若干措施', kind: 'action-plan', places: ['无锡市'] },
    ],
    ['action-plan-pdf.txt', { title: '某某市科技创新三年行动方案（2024—2026年）', kind: 'action-plan', places: ['某某市'] }],
  ])('%s', (name, expected) => {
    expect(fixture(name)).toEqual(expected);
  });
});

describe('the metadata of the seeds, real pages, as their documents record it where the text states it', () => {
  it.each<[string, TextMetadata]>([
    // A headline-less press conference: its title and year are a person's to give.
    ['000_460f0e1b014ac56f.txt', { kind: 'press-conference', places: [] }],
    [
      '001_c6ab3c07fbde3765.txt',
      {
        title: '南寧市良慶區:用好科技創新“法寶” 強力支撐高品質發展',
        date: '2022-03-01',
        dateFrom: 'dateline',
        kind: 'news-report',
        publisher: '南寧日報',
        places: ['南寧市良慶區'],
      },
    ],
    ['002_c2e15af26f8a97f6.txt', { kind: 'news-report', places: [] }],
    ['003_10172597df91bc87.txt', { title: '南宁市落实科技强桂行动实施方案', kind: 'action-plan', places: ['南宁市'] }],
    [
      // The page's source names the organ with its pinyin inserted (科學(xué)技術(shù)廳): the generic steps take it out.
      '004_b52b74282f10c265.txt',
      {
        title: '自治區科技廳關于對自治區政協十三屆一次會議第20230456號提案的答復',
        date: '2023-08-24',
        dateFrom: 'signed',
        kind: 'proposal-reply',
        publisher: '廣西壯族自治區科學技術廳',
        places: ['廣西壯族自治區'],
      },
    ],
  ])('%s', (seed, expected) => {
    expect(metadataOf(readSeed(seed))).toEqual(expected);
  });
});

describe('a work report without its page', () => {
  const lines = [
    '——2025年1月14日在河北省第十四届人民代表大会第三次会议上',
    '省长 张某某',
    '各位代表：',
    '现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。',
  ];

  it('is a work report of the congress’s government without a title, when it opens with its delivery line', () => {
    expect(readMetadata(lines, lines.join('\n'))).toEqual({
      date: '2025-01-14',
      dateFrom: 'delivered',
      kind: 'work-report',
      publisher: '河北省人民政府',
      places: ['河北省'],
    });
  });

  it('is no work report when no government speaks: a court reports to the congress too', () => {
    const court = [
      '——2025年1月14日在河北省第十四届人民代表大会第三次会议上',
      '河北省高级人民法院院长 张某某',
      '各位代表：',
      lines[3]!.replace('省人民政府', '省高级人民法院'),
    ];
    expect(readMetadata(court, court.join('\n'))).toEqual({ date: '2025-01-14', dateFrom: 'delivered', places: ['河北省'] });
  });
});

describe('where each value is read from', () => {
  const body = '现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。';

  it('reads the delivery line from the page where the cleaning left it out of the article', () => {
    const raw = ['政府工作报告', '——2025年1月14日在河北省第十四届人民代表大会第三次会议上', '省长 张某某', '各位代表：', body];
    expect(readMetadata(raw, `各位代表：\n${body}`)).toMatchObject({
      date: '2025-01-14',
      dateFrom: 'delivered',
      publisher: '河北省人民政府',
    });
  });

  it('reads the government from 我代表…人民政府 where no speaker is named', () => {
    const raw = ['——2025年1月14日在河北省第十四届人民代表大会第三次会议上', '各位代表：', body];
    expect(readMetadata(raw, raw.join('\n'))).toMatchObject({ kind: 'work-report', publisher: '河北省人民政府' });
  });

  it("reads a title's place past its year and 关于印发《", () => {
    const raw = ['2025年河北省政府工作报告', '各位代表：', body];
    expect(readMetadata(raw, raw.join('\n')).places).toEqual(['河北省']);
    const notice = [
      '关于印发《南京市科技企业培育三年行动方案》的通知',
      '各区科技局：',
      `现将《南京市科技企业培育三年行动方案》印发给你们，请结合实际认真贯彻落实。`,
    ];
    expect(readMetadata(notice, notice.join('\n')).places).toEqual(['南京市']);
  });

  it('lists the places most trustworthy first: the title, the congress, the speaker, the publisher, the page’s fields', () => {
    const raw = [
      '江苏省苏州市2024年政府工作报告',
      '发布时间：2024-01-20  来源：江苏省人民政府网',
      '——2024年1月16日在昆山市第十七届人民代表大会第三次会议上',
      '常熟市市长 张某某',
      '各位代表：',
      body,
    ];
    expect(readMetadata(raw, raw.join('\n')).places).toEqual(['江苏省苏州市', '昆山市', '常熟市', '江苏省']);
  });

  it("reads a publisher's place where the signature alone names it", () => {
    const raw = [
      '关于市政协十五届二次会议第0001号提案的答复',
      '张某某委员：',
      `您提出的建议收悉。我市持续实施科技型中小企业培育工程，成效明显。`,
      '苏州市科学技术局',
      '2023年6月12日',
    ];
    expect(readMetadata(raw, raw.join('\n'))).toMatchObject({ publisher: '苏州市科学技术局', places: ['苏州市'] });
  });

  it("reads a reply's salutation in the page's head when the article starts at its first section", () => {
    const raw = [
      '首页 > 建议提案',
      '张某某委员：',
      '您提出的《关于加快培育科技型中小企业的建议》收悉，现答复如下：',
      '一、关于培育力度',
      '我市持续实施科技型中小企业培育工程，2022年入库2.2万家。',
    ];
    expect(readMetadata(raw, raw.slice(3).join('\n')).kind).toBe('proposal-reply');
  });

  it("reads a dateline below a page's long frame", () => {
    const raw = [
      '扬州日报',
      '首页 | 本地新闻',
      '要闻',
      '县市区',
      '专题',
      '扬州市科技创新大会召开',
      '2024-02-20 07:45:12 来源：扬州日报',
      '本报讯 19日，全市科技创新大会召开，会议部署了今年的六项重点工作。',
    ];
    expect(readMetadata(raw, raw.slice(5).join('\n'))).toMatchObject({ date: '2024-02-20', dateFrom: 'dateline' });
  });

  it("takes a news report's publisher from its source before the page's issuer", () => {
    const raw = [
      '扬州市科技创新大会召开',
      '来源：扬州日报  发布机构：扬州市科学技术局',
      '本报讯（记者 李某某）19日，全市科技创新大会召开，会议部署了今年的六项重点工作。',
    ];
    expect(readMetadata(raw, raw.join('\n'))).toMatchObject({ kind: 'news-report', publisher: '扬州日报' });
  });
});
