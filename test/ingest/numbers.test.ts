import { describe, expect, it } from 'vitest';
import { chineseNumber, findNumbers } from '../../src/ingest/numbers.js';

/** The figures read from a text, as value/range and unit, in order. */
const read = (text: string) =>
  findNumbers(text).numbers.map((n) => ({ text: text.slice(n.start, n.end), value: n.value ?? [n.valueMin, n.valueMax], unit: n.unit }));
const skipped = (text: string) => findNumbers(text).skipped.map((s) => text.slice(s.start, s.end));

describe('the numbers of a text', () => {
  it('reads a number with the unit as written, its 万 and 亿 kept', () => {
    expect(read('高新技术企业1.9万家,技术合同成交额823.57亿元')).toEqual([
      { text: '1.9万家', value: 1.9, unit: '万家' },
      { text: '823.57亿元', value: 823.57, unit: '亿元' },
    ]);
    expect(read('共3400余萬元,出臺20多項')).toEqual([
      { text: '3400余萬元', value: 3400, unit: '萬元' },
      { text: '20多項', value: 20, unit: '項' },
    ]);
    expect(read('累计100人(个)以上,选派1500人(次)')).toMatchObject([{ unit: '人(个)' }, { unit: '人(次)' }]);
    expect(read('强度达1.94%,提高5个百分点,增长1,729家')).toMatchObject([
      { value: 1.94, unit: '%' },
      { value: 5, unit: '个百分点' },
      { value: 1729, unit: '家' },
    ]);
  });

  it('reads a range and a ratio', () => {
    expect(read('建成3—5个园区')).toEqual([{ text: '3—5个', value: [3, 5], unit: '个' }]);
    expect(read('投入比例接近1:9')).toEqual([{ text: '1:9', value: 9, unit: '' }]);
    // A ratio's terms are not skipped as times; the numbers skipped around them stay so.
    expect(skipped('比例1:9,4·27会议,比例为2:8。会议于下午10:28开始')).toEqual(['4', '27', '10', '28']);
    expect(skipped('比例1:9—10')).toEqual(['9—10']);
  });

  it('reads Chinese numerals with a unit, but not a plan’s name, an ordinal or a count of one', () => {
    expect(read('实施科技项目一百二十项,新增两万家')).toEqual([
      { text: '一百二十项', value: 120, unit: '项' },
      { text: '两万家', value: 2, unit: '万家' },
    ]);
    expect(read('“十四五”时期,第三批,一个平台,近两年')).toEqual([]);
    expect(chineseNumber('一千二百')).toBe(1200);
    expect(chineseNumber('十五')).toBe(15);
    expect(chineseNumber('一一')).toBeUndefined();
  });

  it('passes over dates, ordinals, document numbers, names with digits, list markers and codes, saying why', () => {
    const text =
      '2024年10月31日,第29批名单,排名第3,桂政发〔2023〕12号,5G基站,“113”工程,“4·27”讲话,落实“1+6”政策\n1.建设平台\n电话029-86786666,10:28';
    expect(read(text)).toEqual([]);
    expect(skipped(text)).toEqual(
      expect.arrayContaining(['29', '3', '2023', '12', '5', '113', '4', '27', '1', '6', '029-86786666', '10', '28']),
    );
    // A year, a month and a day are dates, not figures: passed over without a word.
    expect(skipped(text)).not.toContain('2024');
  });

  it('lists a number with no unit as skipped, never silently dropped', () => {
    expect(read('强度达到2.5,位列前列')).toEqual([]);
    expect(findNumbers('强度达到2.5,位列前列').skipped).toEqual([{ start: 4, end: 7, why: 'no unit after it' }]);
  });
});
