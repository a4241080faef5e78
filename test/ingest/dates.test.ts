import { describe, expect, it } from 'vitest';
import { dateAlone, datesIn, pageDateIn } from '../../src/ingest/dates.js';
import { lineOf } from '../../src/ingest/written.js';

const lines = (...texts: string[]) => texts.map(lineOf);
const values = (text: string) => datesIn(text).map((d) => d.value);

describe('the dates a line gives', () => {
  it('reads every way a page writes a day, and a year and month alone', () => {
    expect(values('2024-03-05 2024/3/5 2024.03.05 2024年3月5日 2024 年 3 月 5 日')).toEqual(Array(5).fill('2024-03-05'));
    expect(values('二〇二五年一月十四日 二○二三年六月十二日 二零二四年十二月三十一日 二〇二四年十月二十日')).toEqual([
      '2025-01-14',
      '2023-06-12',
      '2024-12-31',
      '2024-10-20',
    ]);
    expect(values('2024年10月 2024-10')).toEqual(['2024-10', '2024-10']);
  });

  it('reads no day that is none, nor a year alone, nor a span of years or months', () => {
    expect(values('2024年')).toEqual([]);
    expect(values('2024年13月1日')).toEqual([]);
    expect(values('2023年2月29日')).toEqual([]);
    expect(values('2021-2023年')).toEqual([]);
    // 1-3月 is a span of months, not March the first.
    expect(values('2024年1-3月')).toEqual([]);
    expect(values('版本2024.1.2.3')).toEqual([]);
    // The marks between year, month and day are one mark: 2024.1-3月 is the first quarter.
    expect(values('2024.1-3月')).not.toContain('2024-01-03');
  });

  it('tells a date alone on its line, with at most its time, from one in a sentence', () => {
    expect(dateAlone('2023年8月24日')).toBe('2023-08-24');
    expect(dateAlone('二〇二三年六月十二日')).toBe('2023-06-12');
    expect(dateAlone('[2024-03-05]')).toBe('2024-03-05');
    expect(dateAlone('2024-03-05 10:30:12')).toBe('2024-03-05');
    expect(dateAlone('2024年3月5日全市召开大会')).toBeUndefined();
  });
});

describe("a page's publishing date and dateline", () => {
  it('reads a labelled publishing date, and 成文日期 as the day it was signed', () => {
    expect(pageDateIn(lines('发布时间：2024-03-05 10:30'), [])).toEqual({ date: '2024-03-05', from: 'published' });
    expect(pageDateIn(lines('发布日期：2024年03月05日  来源：苏州市科学技术局'), [])).toEqual({ date: '2024-03-05', from: 'published' });
    expect(pageDateIn(lines('【发布时间】2024-03-05'), [])).toEqual({ date: '2024-03-05', from: 'published' });
    expect(pageDateIn(lines('發佈時間：2024年05月08日'), [])).toEqual({ date: '2024-05-08', from: 'published' });
    expect(pageDateIn(lines('发布时间：2024年10月'), [])).toEqual({ date: '2024-10', from: 'published' });
    expect(pageDateIn(lines('来源：西藏日报 作者： 发布时间：2024-01-09'), [])).toEqual({ date: '2024-01-09', from: 'published' });
    expect(pageDateIn(lines('索引号：000/2024-00012 成文日期：2024-03-01 发布日期：2024-03-05'), [])).toEqual({
      date: '2024-03-01',
      from: 'signed',
    });
  });

  it('reads 时间： and 日期： only as a field of the head, never inside a word or in the body', () => {
    expect(pageDateIn(lines('时间：2022-12-20 04:10:00'), [])).toEqual({ date: '2022-12-20', from: 'published' });
    expect(pageDateIn(lines('日期：2024-03-05'), [])).toEqual({ date: '2024-03-05', from: 'published' });
    expect(pageDateIn(lines('申报时间：2024年3月1日'), [])).toBeUndefined();
    expect(pageDateIn([], lines('时间：2024年3月5日上午'))).toBeUndefined();
    expect(pageDateIn([], lines('发布日期：2024-03-05'))).toEqual({ date: '2024-03-05', from: 'published' });
    // A label's date is the one right after it: a later one on the line is another field's.
    expect(pageDateIn([], lines('更新时间：2小时前  2023-01-01'))).toBeUndefined();
  });

  it('reads a dateline in the head: the date alone, or with its time, source or editor beside it', () => {
    expect(pageDateIn(lines('南宁市良庆区', '2022-03-01 10:28:55来源:南宁日报编辑:张某'), [])).toEqual({
      date: '2022-03-01',
      from: 'dateline',
    });
    expect(pageDateIn(lines('来源：中央广电总台国际在线  |  2023-12-15 11:13:09'), [])).toEqual({ date: '2023-12-15', from: 'dateline' });
    expect(pageDateIn(lines('[2024-03-05]'), [])).toEqual({ date: '2024-03-05', from: 'dateline' });
    expect(pageDateIn(lines('2024年3月全市科技工作动态'), [])).toBeUndefined();
    expect(pageDateIn(lines('2024年全市高新技术企业达到2500家，2024年3月5日全市召开了大会'), [])).toBeUndefined();
    expect(pageDateIn([], lines('2024-03-05 10:30'))).toBeUndefined();
  });
});
