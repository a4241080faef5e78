import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { displayWidth, fitWidth, graphemes, simpleWidth, truncate, truncateApart, truncateMiddle } from '../../src/ui/text/text.js';
import { wrap, wrapText } from '../../src/ui/text/wrap.js';
import { bundledDataset } from '../helpers.js';

describe('fitting text to columns', () => {
  it('counts Chinese as two columns and never splits a character', () => {
    expect(displayWidth('高新技術企業1729家')).toBe(18);
    expect(truncate('高新技術企業', 5)).toBe('高新…');
    expect(displayWidth(truncate('高新技術企業', 5))).toBe(5);
    expect(fitWidth('瞪羚', 7)).toBe('瞪羚   ');
    expect(fitWidth('abc', 2)).toBe('a…');
  });
});

describe('wrapping', () => {
  it('breaks Chinese anywhere, within the width', () => {
    const lines = wrap('南宁市落实科技强桂行动实施方案', 10);
    expect(lines.map((l) => l.text)).toEqual(['南宁市落实', '科技强桂行', '动实施方案']);
    for (const l of lines) expect(displayWidth(l.text)).toBeLessThanOrEqual(10);
  });
  it('keeps numbers and Latin words whole', () => {
    const lines = wrap('经费投入强度达1.94%,规模', 16).map((l) => l.text);
    expect(lines.join('')).toBe('经费投入强度达1.94%,规模');
    expect(lines.some((l) => l.includes('1.94%'))).toBe(true);
    expect(wrap('number of high-tech enterprises', 12).map((l) => l.text)).toEqual(['number of', 'high-tech', 'enterprises']);
  });
  it('does not start a line with closing punctuation', () => {
    // At 12 columns 。 would begin the second line: the character before it moves down with it.
    expect(wrap('科技创新工作。下一步', 12).map((l) => l.text)).toEqual(['科技创新工', '作。下一步']);
    expect(wrap('达到1.94%，规模以上', 8).map((l) => l.text)).toEqual(['达到', '1.94%，', '规模以上']);
  });
  it('moves a run of closing punctuation down with the character it closes', () => {
    // At 14 columns ” would begin the second line, and 。 after it: 作 comes down with both.
    expect(wrap('科技创新工作。”下一步', 14).map((l) => l.text)).toEqual(['科技创新工', '作。”下一步']);
  });
  it('does not end a line with opening punctuation', () => {
    // At 8 columns the first line would end in “: it moves down with what it opens.
    expect(wrap('今年是“十四五”规划', 8).map((l) => l.text)).toEqual(['今年是', '“十四五”', '规划']);
    expect(wrap('详见《南宁市实施方案》', 6).map((l) => l.text)).toEqual(['详见', '《南宁', '市实施', '方案》']);
    for (const width of [6, 8, 10, 12, 14, 20]) {
      for (const l of wrap('今年是“十四五”规划的收官之年（见「方案」）', width)) {
        expect(l.text, `at ${width}`).not.toMatch(/[“‘「『（《【]$/u);
        expect(l.text, `at ${width}`).not.toMatch(/^[，。、；：？！）」』”’》】…]/u);
      }
    }
  });
  it('keeps a short bracketed phrase on one line, its bracket moving down with it', () => {
    const title = '南宁市落实科技强桂行动实施方案（日期不详）';
    // At 34 columns the line would end in “（日期不”, leaving “详）” to the next.
    expect(wrap(title, 34).map((l) => l.text)).toEqual(['南宁市落实科技强桂行动实施方案', '（日期不详）']);
    for (let width = 12; width <= 44; width++) {
      const lines = wrap(title, width).map((l) => l.text);
      expect(lines.join(''), `at ${width}`).toBe(title);
      expect(
        lines.some((l) => l.includes('（日期不详）')),
        `at ${width}: ${lines.join(' / ')}`,
      ).toBe(true);
    }
    // A bracket too long for a line breaks inside it as before.
    expect(wrap('见（南宁市落实科技强桂行动实施方案）', 12).length).toBeGreaterThan(2);
  });
  it('does not split a Latin word to keep its punctuation off a line start', () => {
    const note = 'as the 2022 issuance (fact guangxi-2022-kechuangdai-issued-amount). No indicator';
    // The id fills a line of 39 and ). follows it: the id breaks after its last letter, not before.
    expect(wrap(note, 39).map((l) => l.text)).toEqual([
      'as the 2022 issuance (fact',
      'guangxi-2022-kechuangdai-issued-amount)',
      '. No indicator',
    ]);
  });
  it('leaves no character alone on the last line of a title', () => {
    const title = '廣西系列主題新聞發布會第三十場：南寧市創新驅動發展成效';
    // 27 characters in 52 columns: 26 and a widow, 效, without the rule.
    expect(wrap(title, 52).map((l) => l.text)).toEqual(['廣西系列主題新聞發布會第三十場：南寧市創新驅動發展', '成效']);
    for (let width = 6; width <= 60; width++) {
      const lines = wrap(title, width);
      expect(lines.map((l) => l.text).join('')).toBe(title);
      if (lines.length > 1) expect([...lines.at(-1)!.text].length, `at ${width}`).toBeGreaterThanOrEqual(2);
      for (const l of lines) expect(displayWidth(l.text)).toBeLessThanOrEqual(width);
    }
    // A Latin word is never split to keep one company.
    expect(wrap('number of high-tech enterprises a', 12).map((l) => l.text)).toEqual(['number of', 'high-tech', 'enterprises', 'a']);
  });
  it('keeps offsets into the whole text', () => {
    const text = '第一段\n第二段文字很长很长';
    for (const l of wrapText(text, 6)) expect(text.slice(l.start, l.start + l.text.length)).toBe(l.text);
  });
});

describe('long text', () => {
  // Segmenting a string whole slows down with the square of its length (a 200,000-character
  // paragraph took over a minute): these finish in well under the test's timeout only when linear.
  it('wraps a paragraph of 200,000 characters, every character kept in order', () => {
    const paragraph = '南宁市高新技术企业1729家，R&D 1.94%。'.repeat(8000);
    const lines = wrap(paragraph, 80);
    for (const l of lines) expect(paragraph.slice(l.start, l.start + l.text.length)).toBe(l.text);
    expect(
      lines
        .map((l) => l.text)
        .join('')
        .replace(/ /gu, ''),
    ).toBe(paragraph.replace(/ /gu, ''));
    for (const l of lines.slice(0, 100)) expect(displayWidth(l.text)).toBeLessThanOrEqual(80);
  });

  it('measures and cuts long strings by grapheme, across the chunks they are read in', () => {
    const text = 'e\u0301👍🏽高'.repeat(50_000);
    let count = 0;
    for (const g of graphemes(text)) {
      if (count < 3) expect(g.segment).toBe(['e\u0301', '👍🏽', '高'][count]);
      count++;
    }
    expect(count).toBe(150_000);
    expect(displayWidth(text)).toBe(250_000);
    expect(truncate(text, 6)).toBe('e\u0301👍🏽高…');
  });

  it('shortens a message in the middle, keeping the end whole', () => {
    const message = 'could not copy (clipboard is off); saved to /home/someone/.local/state/policy-explorer/copied-2026-11-22T03-33-10.txt';
    const short = truncateMiddle(message, 60);
    expect(displayWidth(short)).toBeLessThanOrEqual(60);
    expect(short.startsWith('could not copy')).toBe(true);
    expect(short.endsWith('copied-2026-11-22T03-33-10.txt')).toBe(true);
    expect(truncateMiddle('short', 60)).toBe('short');
  });

  it('cuts Chinese in the middle to the column, keeping the end that tells names apart', () => {
    const name = '创新驱动发展融资担保基金支持投放额度';
    for (let width = 8; width < displayWidth(name); width++) {
      const short = truncateMiddle(name, width);
      // The ellipsis is one column and each character two: nothing is wasted but an odd column.
      expect(displayWidth(short)).toBe(width - ((width - 1) % 2));
      expect(short.startsWith('创')).toBe(true);
    }
    expect(truncateMiddle(name, 24)).toBe('创新驱动…金支持投放额度');
    // Mixed widths: the column the head leaves goes to the tail, so the cut is the width exactly.
    expect(truncateMiddle('自治区财政拨付支持企业研发（R&D）投入资金', 19)).toBe('自治区…&D）投入资金');
    expect(displayWidth(truncateMiddle('“桂惠贷—科创贷”直接降低企业融资成本', 34))).toBe(34);
  });
});

describe('cutting a name to stand apart from its neighbours', () => {
  const names = ['创新驱动发展融资担保基金支持投放额度', '创新驱动发展融资担保基金撬动授信额度', '正在开展建造技术研究的拱桥跨径级别'];

  it('cuts the end when what tells it apart still shows', () => {
    expect(truncateApart(names[2]!, 24, names)).toBe('正在开展建造技术研究的…');
    expect(truncateApart('短名', 24, names)).toBe('短名');
  });

  it('cuts a long shared beginning short, to show where the names differ', () => {
    const cut = names.slice(0, 2).map((n) => truncateApart(n, 20, names));
    expect(cut).toEqual(['创新驱…支持投放额度', '创新驱…撬动授信额度']);
    for (const c of cut) expect(displayWidth(c)).toBeLessThanOrEqual(20);
    // Narrower, the rest is cut too, but still after the point where the names part.
    expect(truncateApart(names[0]!, 12, names)).toBe('创新…支持投…');
  });
});

describe('measuring without the segmenter', () => {
  const simple = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => simpleWidth(code) > 0);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

  /** Width and cut the slow way, by grapheme with string-width, as the fast path must agree with. */
  const reference = {
    width: (text: string) => stringWidth(text),
    truncate(text: string, width: number): string {
      if (stringWidth(text) <= width) return text;
      let out = '';
      for (const { segment } of segmenter.segment(text)) {
        if (stringWidth(out + segment) > width - 1) break;
        out += segment;
      }
      return `${out}…`;
    },
  };

  it('gives every character it measures alone the width string-width gives, each a grapheme of its own', () => {
    expect(simple.length).toBeGreaterThan(28_000);
    for (const code of simple) {
      const char = String.fromCharCode(code);
      expect(simpleWidth(code), code.toString(16)).toBe(stringWidth(char));
      // Neither joined to the character before (an extend or spacing mark) nor able to start a pair.
      expect(/^\p{Grapheme_Base}$/u.test(char) && !/^\p{Mc}$/u.test(char), code.toString(16)).toBe(true);
    }
    const all = simple.map((code) => String.fromCharCode(code)).join('');
    expect([...segmenter.segment(all)].length).toBe(all.length);
  });

  it('measures, cuts and wraps the dataset’s texts as the segmenter does', () => {
    const dataset = bundledDataset();
    const texts = [
      ...dataset.facts.flatMap((f) => [f.quote, f.metric.zh, f.metric.en ?? '', `${f.metric.zh} · ${f.value ?? ''} ${f.unit}…›≠`]),
      ...dataset.documents.map((d) => d.title.zh),
      '高新技术企业 e\u0301 👍🏽 ok',
      'ｶﾞ半角',
    ];
    for (const text of texts) {
      expect(displayWidth(text), text).toBe(reference.width(text));
      for (const width of [1, 2, 5, 12, 31]) expect(truncate(text, width), `${text} @${width}`).toBe(reference.truncate(text, width));
    }
    // A zero-width space at the end sends a paragraph down the segmenter's path, changing nothing else.
    for (const paragraph of dataset.documents.flatMap((d) => d.text.split('\n'))) {
      for (const width of [9, 37, 80]) {
        const slow = wrap(`${paragraph}\u200B`, width).map((l) => ({ ...l, text: l.text.replace('\u200B', '') }));
        expect(wrap(paragraph, width), paragraph).toEqual(slow);
      }
    }
  });
});
