import { describe, expect, it } from 'vitest';
import { kindOfShape, kindOfTitle, type Shape } from '../../src/ingest/kinds.js';

describe('the kind a title names', () => {
  it('reads each kind from the words its title ends with, in either script', () => {
    expect(kindOfTitle('2025年陕西省政府工作报告')).toBe('work-report');
    expect(kindOfTitle('河北省政府工作报告（全文）')).toBe('work-report');
    expect(kindOfTitle('政府工作报告')).toBe('work-report');
    expect(kindOfTitle('南宁市落实科技强桂行动实施方案')).toBe('action-plan');
    expect(kindOfTitle('某某市科技创新三年行动方案（2024—2026年）')).toBe('action-plan');
    expect(kindOfTitle('关于印发《南京市科技企业培育三年行动方案（2024—2026年）》的通知')).toBe('action-plan');
    expect(kindOfTitle('无锡市促进科技成果转化若干措施')).toBe('action-plan');
    expect(kindOfTitle('苏州市科学技术局2024年工作要点')).toBe('action-plan');
    expect(kindOfTitle('廣西系列主題新聞發布會第三十場')).toBe('press-conference');
    expect(kindOfTitle('廣州市舉行《廣州市科技創新行動方案》新聞發布會')).toBe('press-conference');
    expect(kindOfTitle('自治區科技廳關于對自治區政協十三屆一次會議第20230456號提案的答復')).toBe('proposal-reply');
    expect(kindOfTitle('对市十七届人大三次会议第0123号建议的答复')).toBe('proposal-reply');
    expect(kindOfTitle('关于“加快编制科技创新规划”建议的答复函')).toBe('proposal-reply');
    expect(kindOfTitle('苏州市科学技术局2023年工作总结和2024年工作思路')).toBe('bureau-summary');
    expect(kindOfTitle('某某區2023年科技工作總結')).toBe('bureau-summary');
  });

  it('names no kind where the title is about a document, reports it as news, or names none', () => {
    expect(kindOfTitle('良庆区着力打造全市创新活力最强劲城区')).toBeUndefined();
    expect(kindOfTitle('扬州市出台科技创新三年行动方案')).toBeUndefined();
    expect(kindOfTitle('自治区十四届人大二次会议开幕 王某某作政府工作报告')).toBeUndefined();
    expect(kindOfTitle('《南京市科技企业培育三年行动方案》政策解读')).toBeUndefined();
    expect(kindOfTitle('一图读懂2025年河北省政府工作报告')).toBeUndefined();
    expect(kindOfTitle('关于政府工作报告的决议')).toBeUndefined();
    expect(kindOfTitle('关于印发《苏州市科技计划项目管理办法》的通知')).toBeUndefined();
    // A summary is a bureau's when its title says so.
    expect(kindOfTitle('某某街道2023年工作总结')).toBeUndefined();
  });
});

const shape = (over: Partial<Shape>): Shape => ({
  delivered: false,
  governmentSpeaks: false,
  ends: [],
  outlet: false,
  title: undefined,
  publisher: undefined,
  ...over,
});

describe('the kind a text shows where its title is silent', () => {
  it('is a work report where a government speaks to a congress', () => {
    expect(kindOfShape(shape({ delivered: true, governmentSpeaks: true }))).toBe('work-report');
    expect(kindOfShape(shape({ ends: ['各位代表：', '现在，我代表省人民政府，向大会报告工作'], governmentSpeaks: true }))).toBe(
      'work-report',
    );
    // A court's or a standing committee's report is delivered to the congress too.
    expect(kindOfShape(shape({ delivered: true }))).toBeUndefined();
  });

  it("is a reply where a member is greeted and the proposal's receipt said", () => {
    expect(kindOfShape(shape({ ends: ['张某某委员：', '您提出的《关于加快培育科技型中小企业的建议》收悉，现答复如下：'] }))).toBe(
      'proposal-reply',
    );
    expect(kindOfShape(shape({ ends: ['张某某委员：', '感谢您的关心。'] }))).toBeUndefined();
  });

  it('is a press conference where the text opens with one being held', () => {
    expect(kindOfShape(shape({ ends: ['10月31日,广西举行“奋力谱写中国式现代化广西篇章”系列主题新闻发布会第三十场'] }))).toBe(
      'press-conference',
    );
  });

  it("is a bureau's summary where a science and technology bureau publishes a 工作总结", () => {
    expect(kindOfShape(shape({ title: '2023年工作总结', publisher: '苏州市科学技术局' }))).toBe('bureau-summary');
    expect(kindOfShape(shape({ title: '2023年工作总结', publisher: '某某街道办事处' }))).toBeUndefined();
  });

  it("is news where a reporter writes it, or a newspaper is its source and its title is no document's", () => {
    expect(kindOfShape(shape({ ends: ['本报讯（记者 李某某）19日，全市科技创新大会召开。'] }))).toBe('news-report');
    expect(kindOfShape(shape({ ends: ['2024年，扬州如何推动产业科创名城建设？记者日前从全市科技创新工作会议上获悉'] }))).toBe(
      'news-report',
    );
    expect(kindOfShape(shape({ outlet: true, title: '南宁市良庆区：用好科技创新“法宝”' }))).toBe('news-report');
    expect(kindOfShape(shape({ outlet: true, title: '关于印发《苏州市科技计划项目管理办法》的通知' }))).toBeUndefined();
    expect(kindOfShape(shape({ title: '南宁市良庆区：用好科技创新“法宝”' }))).toBeUndefined();
  });
});
