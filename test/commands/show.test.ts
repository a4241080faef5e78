import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { bundledDataset } from '../helpers.js';

/** The command line run in-process, as a script would call it. */
function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: { isTTY: false }, stdout: { isTTY: false } });
  return { code, out, err };
}

const d = bundledDataset();
const ONE_OF_EACH = [
  'nanning-2023-hitech-count',
  'guangxi-2022-kechuangdai-lending',
  'liangqing-2021-subsidy-amount',
  'nanning-2024-hitech-count',
  'yangzhou-2024-hitech-count',
];

describe('show', () => {
  it('prints a sentence in English by default, and `text` is the same as `sentence`', () => {
    const shown = cli('show', 'nanning-2023-hitech-count');
    expect(shown).toEqual({
      code: 0,
      out: 'Nanning, number of high-tech enterprises: 1,800 家 (target for 2023), stated as “高新技术企业数量达1800家” in 《南宁市落实科技强桂行动实施方案》, section “Overall goals”; publisher: Not named in the text (it speaks as "our city" (我市), i.e. Nanning); date not stated in the text.\n',
      err: '',
    });
    expect(cli('show', 'nanning-2023-hitech-count', '--format', 'text')).toEqual(shown);
    expect(cli('show', 'nanning-2023-hitech-count', '--format', 'sentence', '--lang', 'en')).toEqual(shown);
  });

  it('cites a figure of each document in each prose format and language: quote, title, publisher, no seed file', () => {
    for (const id of ONE_OF_EACH) {
      const fact = d.factById.get(id)!;
      const doc = d.documentById.get(fact.document)!;
      for (const format of ['sentence', 'reference', 'md'])
        for (const lang of ['en', 'zh']) {
          const { code, out } = cli('show', id, '--format', format, '--lang', lang);
          expect(code).toBe(0);
          expect(out, `${id} ${format} ${lang}`).toContain(fact.quote);
          expect(out, `${id} ${format} ${lang}`).toContain(`《${doc.title.zh}》`);
          expect(out, `${id} ${format} ${lang}`).toContain(lang === 'en' ? doc.publisher.en : doc.publisher.zh);
          expect(out, `${id} ${format} ${lang}`).not.toContain(doc.seed);
        }
      expect(cli('show', id, '--format', 'json').out).toContain(doc.seed);
      expect(cli('show', id, '--format', 'csv').out).toContain(doc.seed);
    }
  });

  it('writes a Chinese citation in one script: a traditional document’s place and metric in traditional too', () => {
    const { out } = cli('show', 'guangxi-2022-hitech-count', '--lang', 'zh');
    expect(out).toMatch(/^廣西壯族自治區，高新技術企業數量：3,822 家（2022年實際值），原文“全區高新技術企業數量達3822家”/u);
    expect(out).not.toMatch(/广西|技术|实际/u);
    // A simplified document's stays simplified.
    expect(cli('show', 'nanning-2023-hitech-count', '--lang', 'zh').out).toMatch(/^南宁市，高新技术企业数量：1,800 家/u);
  });

  it('writes a Chinese citation in Chinese words', () => {
    expect(cli('show', 'guangxi-2022-kechuangdai-lending', '--format', 'reference', '--lang', 'zh').out).toBe(
      '廣西壯族自治區科學技術廳：《自治區科技廳關于對自治區政協十三屆一次會議第20230456號提案的答復》，第20230456號提案，2023年8月24日，“一、關于優化體制機制,完善發展模式,發揮引領示范作用的建議”部分，原文“投放額度達169.68億元”。\n',
    );
    expect(cli('show', 'nanning-plan-2021', '--lang', 'zh').out).toBe(
      '《南宁市落实科技强桂行动实施方案》；发布单位：文中未署发布机关（以“我市”即南宁市的口吻行文）；文中未注明日期。\n',
    );
  });

  it.each([
    [['--lang', 'fr'], /^policy-explorer: unknown language "fr" \(use en or zh\)/u],
    [['--format', 'xml'], /^policy-explorer: unknown format "xml" for a fact \(use sentence, reference, md, json, csv\)/u],
    [
      ['--format', 'json', '--lang', 'zh'],
      /^policy-explorer: --lang is for the sentence, reference and md formats; json is the data as it is/u,
    ],
  ])('refuses %j for a fact with exit 2', (args, message) => {
    const { code, out, err } = cli('show', 'nanning-2023-hitech-count', ...args);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses --lang for a comparison table, which has one form', () => {
    const { code, err } = cli('show', 'high-tech', '--lang', 'zh');
    expect(code).toBe(2);
    expect(err).toMatch(/--lang is for a fact's or document's citation/u);
  });
});

describe('the export', () => {
  it("gives every document's number and address, null where the text states none", () => {
    const { documents } = JSON.parse(cli('export').out) as { documents: { id: string; number: string | null; url: string | null }[] };
    expect(documents.map((doc) => [doc.id, doc.number, doc.url])).toEqual(
      d.documents.map((doc) => [doc.id, doc.id === 'guangxi-reply-2023' ? '第20230456號提案' : null, null]),
    );
  });
});
