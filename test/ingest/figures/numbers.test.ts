import { describe, expect, it } from 'vitest';
import { chineseNumber, findNumbers } from '../../../src/ingest/figures/numbers.js';

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
      '2024年10月31日,第29批名单,第3次会议,桂政发〔2023〕12号,5G基站,“113”工程,“4·27”讲话,落实“1+6”政策\n1.建设平台\n电话029-86786666,10:28';
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

/** The figures read, with the measure and qualifier their own words say. */
const kinds = (text: string) =>
  findNumbers(text).numbers.map((n) => [text.slice(n.start, n.end), n.value, n.unit, n.measure ?? '', n.qualifier ?? '']);

describe('ranks, points, multiples and amounts without digits', () => {
  it('reads a rank after a ranking word, its measure word as written, and a top N as at most N', () => {
    expect(kinds('创新指数居全国第7位、西部第2位，专利数位居全省第三，增速排名全国第11，研发人员列中部地区第1位')).toEqual([
      ['7位', 7, '位', 'rank', ''],
      ['2位', 2, '位', 'rank', ''],
      ['三', 3, '', 'rank', ''],
      ['11', 11, '', 'rank', ''],
      ['1位', 1, '位', 'rank', ''],
    ]);
    expect(kinds('总量全国排名第五。力争进入全国前十，跻身前20名，稳居西部前十二名')).toEqual([
      ['五', 5, '', 'rank', ''],
      ['十', 10, '', 'rank', 'at_most'],
      ['20名', 20, '名', 'rank', 'at_most'],
      ['十二名', 12, '名', 'rank', 'at_most'],
    ]);
  });

  it('leaves an ordinal that is no rank: a batch, a session, a time, a quarter, a plan, a point of a list', () => {
    const text = '获评第12批示范,第三届大会,第4次会议,第一季度,第十四个五年规划,居于第二批名单,第一，加强,居民第3位,目前十家';
    expect(kinds(text)).toEqual([]);
    expect(skipped(text)).toEqual(['12', '4', '3']);
  });

  it('reads index points after a number, not 点 in words, and not a time of day', () => {
    expect(kinds('总指数突破512点,综合指数达到71.3点')).toEqual([
      ['512点', 512, '点', '', ''],
      ['71.3点', 71.3, '点', '', ''],
    ]);
    expect(kinds('3个试点,6个重点,两个亮点,节点,特点')).toEqual([
      ['3个', 3, '个', '', ''],
      ['6个', 6, '个', '', ''],
    ]);
    expect(kinds('下午3点召开,9点半开始,会议于10点钟')).toEqual([]);
    expect(findNumbers('提出5点建议').numbers[0]?.reason).toBe('points (点) with no index named');
  });

  it('reads a multiple as written: growth after 增长, a ratio to a base after 的', () => {
    expect(kinds('营收增长6.4倍,产值是2019年的3.2倍,投入达到2倍')).toEqual([
      ['6.4倍', 6.4, '倍', 'growth', ''],
      ['3.2倍', 3.2, '倍', 'share', ''],
      ['2倍', 2, '倍', '', ''],
    ]);
    // 翻一番 writes no multiple: listed with why, never read as 2.
    expect(kinds('产值翻一番,收入翻两番')).toEqual([]);
    expect(skipped('产值翻一番,收入翻两番')).toEqual(['翻一番', '翻两番']);
  });

  it('reads counts and amounts in Chinese numerals or without digits, their magnitude kept in the unit', () => {
    expect(
      kinds('服务近千家企业,交易额超万亿元,培育两千余家,引进上百家,出台十余项,新增一千三百家,资产逾百亿元,吸纳上万人次,突破亿元'),
    ).toEqual([
      ['千家', 1000, '家', '', 'nearly'],
      ['万亿元', 1, '万亿元', '', 'more_than'],
      ['两千余家', 2000, '家', '', 'more_than'],
      ['百家', 100, '家', '', 'at_least'],
      ['十余项', 10, '项', '', 'more_than'],
      ['一千三百家', 1300, '家', '', ''],
      ['百亿元', 100, '亿元', '', 'more_than'],
      ['万人次', 1, '万人次', '', 'at_least'],
      ['亿元', 1, '亿元', '', 'more_than'],
    ]);
  });

  it('leaves idioms and names that hold a numeral, and lists a count with no value or a share in tenths with why', () => {
    const text =
      '一批项目,一体化,一流学科,一系列举措,万众创新,千方百计,百花齐放,十大产业,百家争鸣,千家万户,百人计划,每万人口,一万二千家,十四五';
    expect(kinds(text)).toEqual([]);
    expect(skipped(text)).toEqual([]);
    expect(kinds('服务数十家企业,成百上千家,近三成企业,占比达到两成')).toEqual([]);
    expect(findNumbers('服务数十家企业,成百上千家,近三成企业,占比达到两成').skipped.map((s) => s.why)).toEqual([
      'a count with no value (数十家, 几百人, 成千上万)',
      'a count with no value (数十家, 几百人, 成千上万)',
      'a share in tenths (三成), never converted to a percentage',
      'a share in tenths (三成), never converted to a percentage',
    ]);
  });

  it('reads a change in tenths as written after a word of change: 增长三成 is 3 成, never 30%', () => {
    expect(kinds('技术合同成交额增长三成，利润提高了两成，一成不变')).toEqual([
      ['三成', 3, '成', 'growth', ''],
      ['两成', 2, '成', 'growth', ''],
    ]);
  });

  it('lists a share in tenths after a qualifier or before 以上, and not 成 in words', () => {
    expect(skipped('其中三成以上来自外地,一成不变,三五成群,有三成为')).toEqual(['三成以上']);
  });

  it('passes over a count in a quoted policy name', () => {
    expect(kinds('出台“科创30条”,落实“稳企12条”政策,新增30条')).toEqual([['30条', 30, '条', '', '']]);
  });
});
