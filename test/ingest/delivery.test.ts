import { describe, expect, it } from 'vitest';
import { deliveryIn, governmentIn, speakerOf } from '../../src/ingest/delivery.js';
import { signatureIn } from '../../src/ingest/signature.js';
import { lineOf } from '../../src/ingest/written.js';

const lines = (...texts: string[]) => texts.map(lineOf);

describe("a work report's delivery line", () => {
  it('is read after a dash or in parentheses, with Arabic or Chinese numerals, and names its congress', () => {
    expect(deliveryIn(lines('政府工作报告', '——2025年1月14日在河北省第十四届人民代表大会第三次会议上'))).toEqual({
      date: '2025-01-14',
      place: '河北省',
      index: 1,
      before: '',
      after: '',
    });
    expect(deliveryIn(lines('（二〇二五年一月十四日在河北省第十四届人民代表大会第三次会议上）'))).toMatchObject({
      date: '2025-01-14',
      place: '河北省',
    });
    expect(deliveryIn(lines('———2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上'))).toMatchObject({
      date: '2024-01-30',
      place: '内蒙古自治区',
    });
    expect(deliveryIn(lines('——2024年1月16日在市十七届人大三次会议上'))).toEqual({ date: '2024-01-16', index: 0, before: '', after: '' });
    expect(deliveryIn(lines('——2025 年 1 月 14 日在北京市第十六届人民代表大会第三次会议上'))).toMatchObject({ date: '2025-01-14' });
    expect(deliveryIn(lines('——2025年1月在北京市第十六届人民代表大会第三次会议上'))).toMatchObject({ date: '2025-01' });
  });

  it('is read on the title’s line, with the speaker after it, and across a line broken in the congress’s name', () => {
    expect(deliveryIn(lines('政府工作报告——2024年1月24日在广西壮族自治区第十四届人民代表大会第二次会议上'))).toMatchObject({
      date: '2024-01-24',
      place: '广西壮族自治区',
      before: '政府工作报告',
    });
    expect(deliveryIn(lines('河北省政府工作报告（2025年1月14日在河北省第十四届人民代表大会第三次会议上）'))).toMatchObject({
      before: '河北省政府工作报告',
    });
    expect(deliveryIn(lines('——2025年1月14日在河北省第十四届人民代表大会第三次会议上 河北省省长 张某某'))).toMatchObject({
      after: '河北省省长 张某某',
    });
    expect(deliveryIn(lines('2025-01-21 16:07', '——2025年1月14日在北京市第十六届', '人民代表大会第三次会议上'))).toMatchObject({
      date: '2025-01-14',
      place: '北京市',
      index: 1,
    });
    expect(deliveryIn(lines('政府工作報告', '——2025年1月14日在北京市第十六屆人民代表大會第三次會議上'))).toMatchObject({ place: '北京市' });
  });

  it('is not a sentence of a news report about a session', () => {
    expect(deliveryIn(lines('1月14日上午，河北省第十四届人民代表大会第三次会议开幕'))).toBeUndefined();
    expect(deliveryIn(lines('代表们说，2025年1月14日在河北省第十四届人民代表大会第三次会议上，省长作了报告'))).toBeUndefined();
    expect(deliveryIn(lines('2025年1月14日在河北省第十四届人民代表大会第三次会议上，省长张某某作了报告。'))).toBeUndefined();
    expect(deliveryIn(lines('2025年1月14日在河北省石家庄市召开的会议上'))).toBeUndefined();
    expect(deliveryIn(lines('省长张某某所作的报告2025年1月14日在河北省第十四届人民代表大会第三次会议上'))).toBeUndefined();
  });
});

describe("a work report's speaker and government", () => {
  it('is the government of the place the office names, or of the congress where the office names its level alone', () => {
    expect(speakerOf('河北省省长 张某某', undefined)).toEqual({ government: '河北省人民政府' });
    expect(speakerOf('北京市市长 李某某', undefined)).toEqual({ government: '北京市人民政府' });
    expect(speakerOf('北京市代市长 李 某', undefined)).toEqual({ government: '北京市人民政府' });
    expect(speakerOf('内蒙古自治区主席王某某', undefined)).toEqual({ government: '内蒙古自治区人民政府' });
    expect(speakerOf('自治区主席 王某某', '广西壮族自治区')).toEqual({ government: '广西壮族自治区人民政府' });
    expect(speakerOf('省长 张某某', '河北省')).toEqual({ government: '河北省人民政府' });
    expect(speakerOf('省长 张某某', undefined)).toEqual({});
  });

  it('is no speaker in a sentence, a deputy, or an office of no government', () => {
    expect(speakerOf('副省长 张某某', '河北省')).toBeUndefined();
    expect(speakerOf('河北省副省长 张某某', '河北省')).toBeUndefined();
    expect(speakerOf('河北省高级人民法院院长 张某某', '河北省')).toBeUndefined();
    expect(speakerOf('省长张某某在会上作政府工作报告，会议由主席团常务主席主持', '河北省')).toBeUndefined();
  });

  it('is read from 我代表…人民政府 in the opening', () => {
    expect(governmentIn('现在，我代表北京市人民政府，向大会报告政府工作', undefined)).toBe('北京市人民政府');
    expect(governmentIn('现在，我代表省人民政府，向大会报告工作', '河北省')).toBe('河北省人民政府');
    expect(governmentIn('现在，我代表省人民政府，向大会报告工作', undefined)).toBeUndefined();
    expect(governmentIn('现在，我代表浦东新区人民政府，向大会报告工作', '上海市')).toBeUndefined();
    expect(governmentIn('现在，我代表省人民代表大会常务委员会，向大会报告工作', '河北省')).toBeUndefined();
  });
});

describe('a signature', () => {
  it('is the organs on their lines and the day under them, the last of the text', () => {
    expect(signatureIn(['答复', '正文。', '广西壮族自治区科学技术厅', '2023年8月24日'])).toEqual({
      organs: '广西壮族自治区科学技术厅',
      date: '2023-08-24',
    });
    expect(signatureIn(['正文。', '苏州市科学技术局', '', '二〇二三年六月十二日', '（联系人：王某；联系电话：0512-00000000）'])).toEqual({
      organs: '苏州市科学技术局',
      date: '2023-06-12',
    });
    expect(signatureIn(['正文。', '苏州市科学技术局', '苏州市财政局', '2024年3月1日'])).toEqual({
      organs: '苏州市科学技术局、苏州市财政局',
      date: '2024-03-01',
    });
    expect(signatureIn(['正文。', '苏州市科学技术局 2023年6月12日'])).toEqual({ organs: '苏州市科学技术局', date: '2023-06-12' });
    expect(signatureIn(['廣西壯族自治區科學技術廳', '2023年8月24日'])).toEqual({ organs: '廣西壯族自治區科學技術廳', date: '2023-08-24' });
  });

  it('is no date alone under a line of the body, nor a date in a sentence', () => {
    expect(signatureIn(['感谢您对科技工作的关心和支持。', '2023年6月12日'])).toBeUndefined();
    expect(signatureIn(['苏州市科学技术局', '本措施自2024年5月1日起施行。'])).toBeUndefined();
    expect(signatureIn(['2024-03-05 10:30 来源：苏州市科学技术局'])).toBeUndefined();
    expect(signatureIn(['联系单位 苏州市科学技术局', '2023年6月12日'])).toBeUndefined();
    expect(signatureIn(['苏州市科学技术局 2023年6月12日起施行'])).toBeUndefined();
  });
});
