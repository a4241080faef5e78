import { describe, expect, it } from 'vitest';
import { ContentBuilder } from '../../src/ui/text/content.js';
import { factDetail, indicatorDetail } from '../../src/ui/modes/detail/content.js';
import { labeller } from '../../src/ui/text/labels.js';
import { lineText, seg, type Line } from '../../src/ui/text/lines.js';
import { createQueries } from '../../src/ui/state/selectors.js';
import { bundledDataset } from '../helpers.js';

const dataset = bundledDataset();
const q = createQueries(dataset);
const text = (lines: readonly Line[]) => lines.map(lineText);

describe('content built a window at a time', () => {
  it('makes only the rows asked for, and knows its length and where each link stands', () => {
    const b = new ContentBuilder();
    const made: number[] = [];
    b.line(seg('title'));
    b.blank();
    b.rows(1_000_000, (at) => (made.push(at), [seg(`row ${at}`)]), { first: 0 });
    b.line(seg('end'));
    expect(b.length).toBe(1_000_003);
    expect(text(b.slice(0, 4))).toEqual(['title', '', 'row 0', 'row 1']);
    expect(text(b.slice(500_000, 500_002))).toEqual(['row 499998', 'row 499999']);
    expect(text(b.slice(1_000_001, 2_000_000))).toEqual(['row 999999', 'end']);
    expect(made).toEqual([0, 1, 499_998, 499_999, 999_999]);
    expect(b.linkLine(0)).toBe(2);
    expect(b.linkLine(999_999)).toBe(1_000_001);
    expect(b.linkLine(1_000_000)).toBeUndefined();
  });

  it('places links that share lines', () => {
    // Two columns of links side by side: the left ones first, as a pivot's targets are.
    const b = new ContentBuilder();
    b.line(seg('heading'));
    b.rows(3, (at) => [seg(`line ${at}`)], { first: 5, count: 5, lineOf: (k) => (k < 3 ? k : k - 3) });
    expect([5, 6, 7, 8, 9, 10].map((k) => b.linkLine(k))).toEqual([1, 2, 3, 1, 2, undefined]);
    expect(b.linkLine(4)).toBeUndefined();
  });

  it('gives the same lines window by window as whole, for every figure’s detail, with the cursor on each link’s line', () => {
    const label = labeller(dataset, 'en', 'original');
    for (const fact of dataset.facts) {
      const around = q.around(fact.id);
      for (let cursor = -1; cursor < around.figures.length; cursor++) {
        const content = factDetail(fact, around, { dataset, width: 60, lang: 'en', label, links: around.figures, cursor });
        const whole = text(content.slice(0, content.length));
        expect(whole).toHaveLength(content.length);
        const windows: string[] = [];
        for (let top = 0; top < content.length; top += 7) windows.push(...text(content.slice(top, top + 7)));
        expect(windows).toEqual(whole);
        const marked = whole.flatMap((l, i) => (l.startsWith('›') ? [i] : []));
        expect(marked, fact.id).toEqual(cursor >= 0 ? [content.linkLine(cursor)] : []);
        if (cursor >= 0) expect(whole[content.linkLine(cursor)!]).toContain(label.value(around.figures[cursor]!));
      }
    }
  });

  it('marks the focused cell of a comparison table, a target or a figure reported, on its own line', () => {
    const label = labeller(dataset, 'en', 'original');
    for (const indicator of dataset.indicators) {
      const table = q.pivotOf('indicator', indicator.id);
      const links = table.rows.flatMap((r) => [...r.targets, ...r.reported].map((c) => c.fact));
      for (let cursor = 0; cursor < links.length; cursor++) {
        const content = indicatorDetail(indicator.id, table, { dataset, width: 100, lang: 'en', label, links, cursor });
        const line = lineText(content.slice(content.linkLine(cursor)!, content.linkLine(cursor)! + 1)[0]!);
        expect(line, `${indicator.id} ${cursor}`).toContain(`›${label.value(links[cursor]!)}`);
        expect(text(content.slice(0, content.length)).filter((l) => l.includes('›'))).toHaveLength(1);
      }
    }
  });
});

describe("a figure's detail", () => {
  it("shows a five-year review's period beside the year it is as of, in either language", () => {
    const fact = { ...dataset.facts[0]!, year: 2025, period: '2021-2025' };
    const around = q.around(fact.id);
    const lines = (lang: 'en' | 'zh') =>
      text(
        factDetail(fact, around, {
          dataset,
          width: 60,
          lang,
          label: labeller(dataset, lang, 'original'),
          links: around.figures,
          cursor: -1,
        }).slice(0, 30),
      );
    expect(lines('en').some((l) => /2025 \(period 2021–2025\)/u.test(l))).toBe(true);
    expect(lines('zh').some((l) => /2025 \(2021–2025年期间\)/u.test(l))).toBe(true);
    const plain = text(
      factDetail(dataset.facts[0]!, around, {
        dataset,
        width: 60,
        lang: 'en',
        label: labeller(dataset, 'en', 'original'),
        links: around.figures,
        cursor: -1,
      }).slice(0, 30),
    );
    expect(plain.some((l) => l.includes('period'))).toBe(false);
  });
});

describe("a figure's related ones in its detail", () => {
  const lines = (id: string, lang: 'en' | 'zh', width = 200) => {
    const fact = dataset.factById.get(id)!;
    const around = q.around(id);
    const content = factDetail(fact, around, {
      dataset,
      width,
      lang,
      label: labeller(dataset, lang, 'original'),
      links: around.figures,
      cursor: -1,
    });
    return text(content.slice(0, content.length));
  };

  it('says a figure of the same family is related, not comparable, and why, a group per indicator', () => {
    const en = lines('liangqing-2021-enterprise-rnd-growth', 'en');
    expect(en).toContain('Yangzhou  related, not comparable: enterprise R&D spending is of the family of gross R&D spending');
    expect(en).toContain(
      'Yangzhou  related, not comparable: R&D intensity and enterprise R&D spending, of the family of gross R&D spending',
    );
    expect(en.some((l) => l.includes('nothing related'))).toBe(false);
    expect(lines('liangqing-2021-enterprise-rnd-growth', 'zh')).toContain('扬州  相关但不可比：企业研发投入属于全社会研发经费投入一族');
    // In a narrow pane the reason wraps under itself, whole.
    const narrow = lines('liangqing-2021-enterprise-rnd-growth', 'en', 48);
    const at = narrow.findIndex((l) => l.startsWith('Yangzhou  related, not comparable: enterprise'));
    expect(
      narrow
        .slice(at, at + 3)
        .join(' ')
        .replace(/\s+/gu, ' '),
    ).toContain('Yangzhou related, not comparable: enterprise R&D spending is of the family of gross R&D spending');
    expect(narrow[at + 1]).toMatch(/^ {10}\S/u);
  });
});

describe("an indicator's detail", () => {
  it('names the other indicators of its family, the head first', () => {
    const lines = (id: string, lang: 'en' | 'zh') =>
      text(
        indicatorDetail(id, q.pivotOf('indicator', id), {
          dataset,
          width: 100,
          lang,
          label: labeller(dataset, lang, 'original'),
          links: [],
          cursor: -1,
        }).slice(0, 60),
      );
    expect(lines('rnd-intensity', 'en')).toContain('family       gross R&D spending, enterprise R&D spending');
    expect(lines('rnd-intensity', 'zh').some((l) => l.includes('全社会研发经费投入、企业研发投入'))).toBe(true);
    expect(lines('high-tech-enterprises', 'en').some((l) => l.startsWith('family'))).toBe(false);
  });
});
