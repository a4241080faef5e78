import { describe, expect, it } from 'vitest';
import { deliveryIn } from '../../src/ingest/delivery.js';
import { isNewsOutlet, labelledPublishers } from '../../src/ingest/publisher.js';
import { titleIn } from '../../src/ingest/title.js';
import { lineOf } from '../../src/ingest/written.js';

const lines = (...texts: string[]) => texts.map(lineOf);
/** The title of an article's lines, with the delivery line found among them as ingest finds it. */
const titleOf = (article: string[], head: string[] = []) => titleIn(lines(...article), lines(...head), deliveryIn(lines(...article)));

describe("a text's title", () => {
  it('is the headline its article opens with, past a red header and a document number', () => {
    expect(titleOf(['西安市2025年政府工作报告（摘要）', '各位代表：'])).toBe('西安市2025年政府工作报告（摘要）');
    expect(titleOf(['南京市科学技术局文件', '宁科〔2024〕15号', '关于印发《南京市科技企业培育三年行动方案》的通知', '各区科技局：'])).toBe(
      '关于印发《南京市科技企业培育三年行动方案》的通知',
    );
    expect(titleOf(['南京市科学技术局', '关于印发《南京市科技企业培育三年行动方案》的通知'])).toBe(
      '关于印发《南京市科技企业培育三年行动方案》的通知',
    );
  });

  it('takes the subtitle of its years or of 全文 from the next line, and a title broken inside its 《》', () => {
    expect(titleOf(['某某市科技创新三年行动方案', '（2024—2026年）', '为深入实施创新驱动发展战略，制定本方案。'])).toBe(
      '某某市科技创新三年行动方案（2024—2026年）',
    );
    expect(titleOf(['关于印发《苏州市科技创新', '行动方案》的通知', '各区科技局：'])).toBe('关于印发《苏州市科技创新行动方案》的通知');
  });

  it('is a work report’s title without its delivery line, and none where the text opens with the delivery line or the body', () => {
    expect(titleOf(['政 府 工 作 报 告', '——2025年1月14日在北京市第十六届', '人民代表大会第三次会议上'])).toBe('政府工作报告');
    expect(titleOf(['政府工作报告', '（二〇二五年一月十四日在河北省第十四届人民代表大会第三次会议上）'])).toBe('政府工作报告');
    expect(titleOf(['政府工作报告——2024年1月24日在广西壮族自治区第十四届人民代表大会第二次会议上', '自治区主席 王某某'])).toBe(
      '政府工作报告',
    );
    expect(titleOf(['——2025年1月14日在河北省第十四届人民代表大会第三次会议上', '省长 张某某', '各位代表：'])).toBeUndefined();
    expect(titleOf(['各位代表：', '现在，我代表省人民政府，向大会报告工作，请予审议。'])).toBeUndefined();
    expect(
      titleOf(
        ['各位代表：', '现在，我代表省人民政府，向大会报告工作，请予审议。'],
        ['首页 > 政务公开', '河北省政府工作报告（全文）', '各位代表：'],
      ),
    ).toBe('河北省政府工作报告（全文）');
  });

  it('is never a sentence', () => {
    expect(
      titleOf(['2024年，扬州如何围绕科技创新，进一步推动产业科创名城建设？记者日前从全市科技创新工作会议上获悉，我市将实施五大工程。']),
    ).toBeUndefined();
    expect(titleOf(['全市高新技术企业达到2500家。'])).toBeUndefined();
    expect(titleOf(['全市高新技术企业达到2500家。科技型中小企业达到4000家'])).toBeUndefined();
    expect(titleOf(['各区科技局，各有关单位：'], [])).toBeUndefined();
  });

  it("is found in the page's head where the article lost it, past the page's frame and fields", () => {
    const head = [
      '首页 > 建议提案办理 > 政协提案',
      '关于市政协十五届二次会议第0123号提案的答复',
      '苏科提复〔2023〕12号',
      '发布日期：2023-06-20  来源：苏州市科学技术局',
      '张某某委员：',
    ];
    expect(titleOf(['一、关于加大科技型中小企业培育力度的建议', '我市持续实施科技型中小企业培育工程。'], head)).toBe(
      '关于市政协十五届二次会议第0123号提案的答复',
    );
    expect(
      titleOf(
        ['全市高新技术企业达到2500家，同比增长12%，科技型中小企业达到4000家，总量居全省第一。'],
        ['苏州市科学技术局', '苏州市人民政府门户网站'],
      ),
    ).toBeUndefined();
    expect(titleOf(['南宁市良庆区：用好科技创新“法宝”'], ['标题：南宁市良庆区：用好科技创新“法宝” 强力支撑高品质发展'])).toBe(
      '南宁市良庆区：用好科技创新“法宝” 强力支撑高品质发展',
    );
  });
});

describe("a page's publisher fields", () => {
  it('reads each labelled name up to the next field, and tells an issuer from a source', () => {
    expect(labelledPublishers(lines('发布时间：2025-01-27 09:30  来源：河北日报  浏览次数：1024'))).toEqual([
      { name: '河北日报', label: 'source' },
    ]);
    expect(labelledPublishers(lines('2022-03-01 10:28:55來源:南寧日報編輯:楊永娟責編:趙瀅溪'))).toEqual([
      { name: '南寧日報', label: 'source' },
    ]);
    expect(labelledPublishers(lines('索引号：000/2024-00012', '发文机关：苏州市科学技术局', '信息来源：苏州市人民政府办公室'))).toEqual([
      { name: '苏州市科学技术局', label: 'issuer' },
      { name: '苏州市人民政府办公室', label: 'source' },
    ]);
    expect(labelledPublishers(lines('来源：本网  作者：佚名'))).toEqual([]);
  });

  it('knows a newspaper, an agency or a news site from an organ', () => {
    expect(['河北日报', '南寧日報', '新华社', '中央广电总台国际在线', '扬州市融媒体中心'].map(isNewsOutlet)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['苏州市科学技术局', '河北省人民政府网', '西安市人民政府办公厅'].map(isNewsOutlet)).toEqual([false, false, false]);
  });
});
