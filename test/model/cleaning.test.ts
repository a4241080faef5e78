import { describe, expect, it } from 'vitest';
import { halfWidthAlphanumerics, normaliseNewlines, unspaceNumbers } from '../../src/model/cleaning/normalise.js';
import { collapsePdfSpaces, joinPdfText, wrapWidth } from '../../src/model/cleaning/pdf.js';
import { stripPinyinAnnotations } from '../../src/model/cleaning/pinyin.js';

describe('newlines', () => {
  it('drop a byte-order mark and end every line in LF', () => {
    expect(normaliseNewlines('\uFEFF一\r\n二\r三\n四')).toBe('一\n二\n三\n四');
  });
  it('keep a byte-order mark that is not at the start, and the line count', () => {
    expect(normaliseNewlines('一\uFEFF\r\n\r\n')).toBe('一\uFEFF\n\n');
  });
});

describe('pinyin annotations', () => {
  it('are removed from after the character they read', () => {
    expect(stripPinyinAnnotations('創(chuàng)新求變,向海圖強(qiáng)')).toBe('創新求變,向海圖強');
    expect(stripPinyinAnnotations('綠(lǜ)色')).toBe('綠色');
  });
  it('are removed when repeated, or written without tones', () => {
    expect(stripPinyinAnnotations('科(ke)(ke)(ke)技')).toBe('科技');
    expect(stripPinyinAnnotations('科(kē)(ke)技(ji)')).toBe('科技');
    expect(stripPinyinAnnotations('綠(lv)色(se)')).toBe('綠色');
  });
  it("are read with any of a polyphone's readings, in either script", () => {
    expect(stripPinyinAnnotations('銀行(háng)行(xíng)動')).toBe('銀行行動');
    expect(stripPinyinAnnotations('長(zhǎng)长(cháng)')).toBe('長长');
    // pinyin-pro knows 覈 only as hé; its simplified form 核 is also read hú.
    expect(stripPinyinAnnotations('覈(hú)')).toBe('覈');
  });
  it('stay when they do not read the character before them', () => {
    expect(stripPinyinAnnotations('人工智能(ai)')).toBe('人工智能(ai)');
    expect(stripPinyinAnnotations('研發(R&D)投入')).toBe('研發(R&D)投入');
    // A garbled character keeps its annotation, for a repair to mend.
    expect(stripPinyinAnnotations('窒嚓P(guān)負(fù)責(zé)人')).toBe('窒嚓P(guān)負責人');
  });
  it('stop at the first syllable that is not a reading', () => {
    expect(stripPinyinAnnotations('科(ke)(ai)')).toBe('科(ai)');
  });
  it('leave parenthesised words that are not annotations', () => {
    expect(stripPinyinAnnotations('(何寧) ( R&D) 4個人才(團隊) (試行) (ke)')).toBe('(何寧) ( R&D) 4個人才(團隊) (試行) (ke)');
  });
});

describe('full-width digits and letters', () => {
  it('become ASCII, with the point and percent sign of a number', () => {
    expect(halfWidthAlphanumerics('增长１２．５％,ＲａＤ投入２０２３年')).toBe('增长12.5%,RaD投入2023年');
  });
  it('leave Chinese punctuation, and a full-width point or percent sign away from a number', () => {
    expect(halfWidthAlphanumerics('（一）目标：．％，。')).toBe('（一）目标：．％，。');
  });
});

describe('spaces around numbers', () => {
  it('go between Han characters', () => {
    expect(unspaceNumbers('达 6588 家,增长 15.36 %的,投入　2,000万元')).toBe('达6588家,增长15.36%的,投入2,000万元');
    expect(unspaceNumbers('达 6588家')).toBe('达6588家');
  });
  it('stay between two numbers, beside Latin, punctuation or a line end', () => {
    for (const kept of ['共 2021 2023 项', '建成 5G 基站', '(2021 年)', '到 2023', 'R&D 1.94 亿', '第 1\n2 项']) {
      expect(unspaceNumbers(kept)).toBe(kept);
    }
  });
});

describe('PDF text', () => {
  const long = '这'.repeat(79);
  it('joins a long line that stops mid-sentence, not a short heading', () => {
    expect(joinPdfText([`${long}句`, '子继续。'])).toEqual([`${long}句子继续。`]);
    expect(joinPdfText(['一、总体目标', '到2023年'])).toEqual(['一、总体目标', '到2023年']);
    expect(joinPdfText([`${long}。`, '下一段'])).toEqual([`${long}。`, '下一段']);
  });
  it("joins a narrow page's lines wrapped at its width or at a comma, not a heading or a paragraph's end", () => {
    const column = [
      '（一）创新投入稳步增长。全市研发经费投入预计达到118.6亿元，',
      '同比增长 15.2%；研发投入占地区生产总值比重达到 2.16%，较上年提高',
      '0.18 个百分点。市本级财政科技支出9.8亿元，增长 21%。',
      '（二）创新主体加快壮大。新认定高新技术企业312家，全市高新技术企业',
      '总数达到1368家，比上年净增205家；科技型中小企业评价入库1650家，',
      '（三）成果转化成效明显。全年登记技术合同3120项，技术合同成交额达到',
      '203.5 亿元，是上年的1.6倍。全市每万人口发明专利拥有量达到11.8件。',
      '二、二〇二三年工作思路',
      '全市科技工作的主要目标是：全社会研发投入增长15%以上，研发投',
      '入强度达到 2.3%；高新技术企业突破1500家。',
    ];
    expect(wrapWidth(column)).toBeGreaterThan(60);
    expect(joinPdfText(column)).toEqual([
      '（一）创新投入稳步增长。全市研发经费投入预计达到118.6亿元，同比增长15.2%；研发投入占地区生产总值比重达到2.16%，较上年提高0.18个百分点。市本级财政科技支出9.8亿元，增长21%。',
      '（二）创新主体加快壮大。新认定高新技术企业312家，全市高新技术企业总数达到1368家，比上年净增205家；科技型中小企业评价入库1650家，',
      '（三）成果转化成效明显。全年登记技术合同3120项，技术合同成交额达到203.5亿元，是上年的1.6倍。全市每万人口发明专利拥有量达到11.8件。',
      '二、二〇二三年工作思路',
      '全市科技工作的主要目标是：全社会研发投入增长15%以上，研发投入强度达到2.3%；高新技术企业突破1500家。',
    ]);
  });
  it('finds no width in a page whose lines are paragraphs', () => {
    const paragraphs = [
      '这是第一段，写得很长很长很长很长很长很长很长很长。',
      '第二段短一些，但也不算太短的一段。',
      `${'长'.repeat(60)}。`,
      `${'中'.repeat(30)}。`,
      '再来一段不一样长的文字内容，用来看宽度是否分散开来的。',
    ];
    expect(wrapWidth(paragraphs)).toBeUndefined();
  });
  it('joins a number and its unit', () => {
    expect(joinPdfText(['全年投入823.57', '亿元,同比增长'])).toEqual(['全年投入823.57亿元,同比增长']);
    expect(joinPdfText(['高新技术企业达 1800', '家'])).toEqual(['高新技术企业达1800家']);
  });
  it('leaves a page number, or a number before a line that is no unit', () => {
    expect(joinPdfText(['2', '亿元'])).toEqual(['2', '亿元']);
    expect(joinPdfText(['重点任务 1', '加强创新'])).toEqual(['重点任务1', '加强创新']);
  });
  it('takes out inserted spaces, keeping figures apart', () => {
    expect(collapsePdfSpaces('共 2021 2023 项')).toBe('共2021 2023项');
    expect(collapsePdfSpaces('( R&D)经费 达 1.94 %')).toBe('(R&D)经费达1.94%');
  });
});
