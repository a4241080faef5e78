import { describe, expect, it } from 'vitest';
import { CITE_FORMATS, citeDocument, citeFact, type CiteFormat } from '../../src/cite/citation.js';
import { FACT_COLUMNS } from '../../src/cite/exportShape.js';
import type { CiteLang, CiteStyle } from '../../src/cite/words.js';
import type { Dataset, Fact } from '../../src/model/types.js';
import { inScript, SCRIPTS, type Script } from '../../src/model/script.js';
import { bundledDataset, csvFields as fields } from '../helpers.js';

const d = bundledDataset();
const style = (lang: CiteLang, script: Script): CiteStyle => ({
  lang,
  script,
  zh: (t) => inScript(t, script),
  traditional: (t) => inScript(t, 'traditional'),
});

/** One figure of each of the five documents; the first three lie in a section. */
const ONE_OF_EACH = [
  'nanning-2023-hitech-count', // nanning-plan-2021: simplified, undated, publisher not named
  'guangxi-2022-kechuangdai-lending', // guangxi-reply-2023: traditional, has a number
  'liangqing-2021-subsidy-amount', // liangqing-news-2022: traditional, "more than"
  'nanning-2024-hitech-count', // nanning-press-2024: traditional, no sections
  'yangzhou-2024-hitech-count', // yangzhou-news-2024: traditional, a stretch target (力争), no sections
] as const;
const PROSE: readonly CiteFormat[] = ['sentence', 'reference', 'md'];
const LANGS: readonly CiteLang[] = ['en', 'zh'];

const fact = (id: string) => d.factById.get(id)!;
const docOf = (f: Fact) => d.documentById.get(f.document)!;

/**
 * The quote as a format gives it: the Markdown block's line, the JSON key, the CSV field, or
 * what stands in “…” right after the words that introduce it in a sentence or reference.
 */
function quoteIn(text: string, format: CiteFormat, lang: CiteLang, quote: string): string | undefined {
  if (format === 'md') return /^> (.*)$/mu.exec(text)?.[1];
  if (format === 'json') return (JSON.parse(text) as { quote: string }).quote;
  if (format === 'csv') return fields(text.split('\r\n')[1]!)[FACT_COLUMNS.indexOf('quote')];
  const marker = (lang === 'en' ? /stated as |[Qq]uote: /u : /原文/u).exec(text);
  if (!marker) return undefined;
  const at = marker.index + marker[0].length;
  // The quote's own length is taken, so a quote holding “ or ” is read whole.
  return text.slice(at).startsWith('“') ? text.slice(at + 1, at + 1 + quote.length) : undefined;
}

describe('a citation of one figure of each document, in every format, language and display script', () => {
  for (const id of ONE_OF_EACH) {
    for (const lang of LANGS) {
      for (const script of SCRIPTS) {
        it(`${id}, ${lang}, ${script}`, () => {
          const f = fact(id);
          const doc = docOf(f);
          const s = style(lang, script);
          const section = doc.sections.find((x) => x.id === f.section);
          for (const format of CITE_FORMATS) {
            const text = citeFact(d, f, format, s);
            // Verbatim, byte for byte, in the source's script, whatever the display script.
            expect(quoteIn(text, format, lang, f.quote), format).toBe(f.quote);
            if (format === 'json' || format === 'csv') {
              expect(text, format).toContain(doc.seed);
              continue;
            }
            expect(text, format).not.toContain(doc.seed);
            expect(text, format).not.toMatch(/seed|\.txt/u);
            // The title as the document writes it, then, where the display script writes it otherwise, so in parentheses.
            expect(text, format).toContain(`《${doc.title.zh}》`);
            const title = s.zh(doc.title.zh);
            if (script !== 'original' && title !== doc.title.zh) {
              const label = { simplified: { en: 'simplified', zh: '简体' }, traditional: { en: 'traditional', zh: '繁體' } }[script][lang];
              expect(text, format).toContain(lang === 'en' ? `(${label}: 《${title}》)` : `（${label}：《${title}》）`);
            }
            expect(text, format).toContain(lang === 'en' ? doc.publisher.en : s.zh(doc.publisher.zh));
            if (section) expect(text, format).toContain(lang === 'en' ? `“${section.title.en}”` : `“${s.zh(section.title.zh)}”部分`);
            if (doc.number) expect(text, format).toContain(s.zh(doc.number));
            const shown = inScript(f.quote, script);
            if (shown !== f.quote) {
              const label = { simplified: { en: 'simplified', zh: '简体' }, traditional: { en: 'traditional', zh: '繁體' } }[
                script as 'simplified' | 'traditional'
              ][lang];
              expect(text, format).toContain(lang === 'en' ? `(${label}: “${shown}”)` : `（${label}：“${shown}”）`);
            } else expect(text, format).not.toMatch(/\((simplified|traditional): “|（(简体|繁体|繁體)：“/u);
          }
        });
      }
    }
  }

  it('marks a rendering in the other script on the traditional documents (so the check above is not idle)', () => {
    const zh = citeFact(d, fact('nanning-2024-hitech-count'), 'sentence', style('zh', 'simplified'));
    expect(zh).toContain('原文“高新技術企業1729家”（简体：“高新技术企业1729家”）');
    const en = citeFact(d, fact('nanning-2023-hitech-count'), 'reference', style('en', 'traditional'));
    expect(en).toContain('quote: “高新技术企业数量达1800家” (traditional: “高新技術企業數量達1800家”)');
  });
});

describe('the sentence', () => {
  it('in English: the figure with its qualifier and kind in words, the quote, title, section, publisher and date', () => {
    expect(citeFact(d, fact('nanning-2023-hitech-count'), 'sentence')).toBe(
      'Nanning, number of high-tech enterprises: 1,800 家 (target for 2023), stated as “高新技术企业数量达1800家” in 《南宁市落实科技强桂行动实施方案》, section “Overall goals”; publisher: Not named in the text (it speaks as "our city" (我市), i.e. Nanning); date not stated in the text.',
    );
  });

  it('in Chinese, with Chinese words throughout', () => {
    expect(citeFact(d, fact('nanning-2023-hitech-count'), 'sentence', style('zh', 'original'))).toBe(
      '南宁市，高新技术企业数量：1,800 家（2023年目标），原文“高新技术企业数量达1800家”，见《南宁市落实科技强桂行动实施方案》“总体目标”部分；发布单位：文中未署发布机关（以“我市”即南宁市的口吻行文）；文中未注明日期。',
    );
  });

  it('says what a qualifier and a stretch target mean, in the citation language', () => {
    const words = (id: string, lang: CiteLang) => citeFact(d, fact(id), 'sentence', style(lang, 'original'));
    expect(words('liangqing-2021-subsidy-amount', 'en')).toContain(': more than 3,400 萬元 (actual figure for 2021, year inferred)');
    expect(words('liangqing-2021-subsidy-amount', 'zh')).toContain('：超過3,400 萬元（2021年實際值，年份爲推斷）');
    expect(words('yangzhou-2024-hitech-count', 'en')).toContain('(stretch target for 2024, year inferred)');
    expect(words('yangzhou-2024-hitech-count', 'zh')).toContain('（2024年力爭目標，年份爲推斷）');
    expect(words('nanning-2023-major-results-transferred', 'zh')).toContain('：不少于300 项（2023年目标）');
    expect(words('liangqing-2021-tech-firms-served', 'zh')).toContain('：近400 家');
  });

  it("names a five-year review's period beside the year it is as of", () => {
    const review: Fact = { ...fact('nanning-2023-hitech-count'), kind: 'reported', year: 2025, period: '2021-2025' };
    expect(citeFact(d, review, 'sentence', style('en', 'original'))).toContain('(actual figure for 2025, period 2021–2025)');
    expect(citeFact(d, review, 'sentence', style('zh', 'original'))).toContain('（2025年实际值，2021–2025年期间）');
  });
});

describe('a Chinese citation reads in one script', () => {
  /** The citation with what the document writes (quote, title, publisher, section, number) taken out: the words and names it adds. */
  function added(f: Fact, format: CiteFormat, s: CiteStyle): string {
    const doc = docOf(f);
    const section = doc.sections.find((x) => x.id === f.section);
    const theirs = [f.quote, doc.title.zh, doc.publisher.zh, section?.title.zh, doc.number].filter((x): x is string => !!x);
    let text = citeFact(d, f, format, s);
    for (const x of theirs) text = text.split(x).join('').split(s.zh(x)).join('');
    return text;
  }
  const inOne = (text: string, script: 'simplified' | 'traditional') => expect(text).toBe(inScript(text, script));

  it('as written, in its document’s script: place, metric, value and words', () => {
    expect(citeFact(d, fact('nanning-2024-hitech-count'), 'sentence', style('zh', 'original'))).toMatch(
      /^南寧市，高新技術企業數量：1,729 家（2024年實際值，年份爲推斷），原文“高新技術企業1729家”，見《廣西系列.*》；發佈單位：.*；發佈日期：2024年10月31日。$/u,
    );
    for (const id of ONE_OF_EACH) {
      const f = fact(id);
      for (const format of PROSE) inOne(added(f, format, style('zh', 'original')), docOf(f).script);
    }
  });

  it('in a display script, in that script all but the quote', () => {
    for (const id of ONE_OF_EACH) {
      for (const script of ['simplified', 'traditional'] as const) {
        for (const format of PROSE) inOne(added(fact(id), format, style('zh', script)), script);
      }
    }
    // The value's unit too: a traditional text's 億元 reads 亿元 in a simplified citation.
    expect(citeFact(d, fact('guangxi-2022-kechuangdai-lending'), 'sentence', style('zh', 'simplified'))).toMatch(
      /^广西壮族自治区，“桂惠贷—科创贷”投放额度：169\.68 亿元（2022年实际值），原文“投放額度達169\.68億元”/u,
    );
  });
});

describe('the reference-list entry', () => {
  it('gives publisher, title, the number the text states, date and section', () => {
    const f = fact('guangxi-2022-kechuangdai-lending');
    expect(citeFact(d, f, 'reference', style('zh', 'original'))).toBe(
      '廣西壯族自治區科學技術廳：《自治區科技廳關于對自治區政協十三屆一次會議第20230456號提案的答復》，第20230456號提案，2023年8月24日，“一、關于優化體制機制,完善發展模式,發揮引領示范作用的建議”部分，原文“投放額度達169.68億元”。',
    );
    expect(citeFact(d, f, 'reference')).toMatch(
      /^Guangxi Zhuang Autonomous Region Department of Science and Technology\. 《自治區科技廳關于.*答復》 \[Reply of .*Committee\]\. Number: 第20230456號提案\. 2023-08-24\. Section “1\. On optimising .*” \(一、關于優化.*\), quote: “投放額度達169\.68億元”\.$/u,
    );
  });

  it('says the text states no date, rather than leaving it out', () => {
    const f = fact('nanning-2023-hitech-count');
    expect(citeFact(d, f, 'reference')).toContain('. Date not stated in the text. ');
    expect(citeFact(d, f, 'reference', style('zh', 'original'))).toContain('》，文中未注明日期，');
    for (const format of PROSE) expect(citeFact(d, f, format)).not.toMatch(/undated|无日期/u);
  });
});

describe('a Chinese citation', () => {
  // The words an English citation is made of; none may appear in a Chinese one.
  const ENGLISH =
    /\b(target|actual|figure|stretch|reported|about|nearly|at least|more than|at most|less than|exactly|section|publisher|dated|date|undated|quote|number|online|simplified|traditional|seed)\b/iu;

  it('of any figure has no English kind, qualifier or label, and its quote stays verbatim', () => {
    for (const f of d.facts) {
      for (const script of SCRIPTS) {
        for (const format of PROSE) {
          const text = citeFact(d, f, format, style('zh', script));
          expect(text, `${f.id} ${format} ${script}`).not.toMatch(ENGLISH);
          expect(quoteIn(text, format, 'zh', f.quote), `${f.id} ${format} ${script}`).toBe(f.quote);
        }
      }
    }
  });

  it('of a document too', () => {
    for (const doc of d.documents)
      for (const format of PROSE) expect(citeDocument(doc, format, style('zh', 'simplified'))).not.toMatch(ENGLISH);
  });
});

describe('a document with an address', () => {
  const withUrl = (): Dataset => {
    const documents = d.documents.map((doc) => (doc.id === 'nanning-press-2024' ? { ...doc, url: 'https://example.org/press/30' } : doc));
    return { ...d, documents, documentById: new Map(documents.map((doc) => [doc.id, doc])) };
  };

  it("shows it in every prose format, and in the document's JSON and CSV (a figure's are the data as exported)", () => {
    const data = withUrl();
    const f = fact('nanning-2024-hitech-count');
    for (const lang of LANGS)
      for (const format of PROSE)
        expect(citeFact(data, f, format, style(lang, 'original')), `${lang} ${format}`).toContain('https://example.org/press/30');
    const doc = data.documentById.get('nanning-press-2024')!;
    expect(citeFact(data, f, 'sentence')).toContain('; dated 2024-10-31; online at https://example.org/press/30.');
    expect(citeFact(data, f, 'sentence', style('zh', 'original'))).toContain('；網址：https://example.org/press/30。');
    expect(JSON.parse(citeDocument(doc, 'json'))).toMatchObject({ url: 'https://example.org/press/30', number: null });
    expect(citeDocument(doc, 'csv')).toContain(',https://example.org/press/30\r\n');
  });

  it('and none where the data has none', () => {
    for (const f of ONE_OF_EACH) for (const format of PROSE) expect(citeFact(d, fact(f), format)).not.toMatch(/https?:|online at/u);
  });
});

describe('citing a document', () => {
  it('by title, publisher, number and date, in prose without the seed file', () => {
    const doc = d.documentById.get('guangxi-reply-2023')!;
    expect(citeDocument(doc, 'sentence')).toBe(
      `《自治區科技廳關于對自治區政協十三屆一次會議第20230456號提案的答復》 (${doc.title.en}); publisher: Guangxi Zhuang Autonomous Region Department of Science and Technology; number: 第20230456號提案; dated 2023-08-24.`,
    );
    expect(citeDocument(doc, 'reference', style('zh', 'simplified'))).toBe(
      '广西壮族自治区科学技术厅：《自治區科技廳關于對自治區政協十三屆一次會議第20230456號提案的答復》（简体：《自治区科技厅关于对自治区政协十三届一次会议第20230456号提案的答复》），第20230456号提案，2023年8月24日。',
    );
    for (const format of PROSE) expect(citeDocument(doc, format)).not.toContain(doc.seed);
    expect(JSON.parse(citeDocument(doc, 'json'))).toMatchObject({ seed: doc.seed, number: '第20230456號提案', url: null });
  });

  it('says so when the text states no date', () => {
    const doc = d.documentById.get('nanning-plan-2021')!;
    expect(citeDocument(doc, 'sentence')).toContain('; date not stated in the text.');
    expect(citeDocument(doc, 'md', style('zh', 'original'))).toContain('\n- 发布日期：文中未注明日期\n');
  });
});

describe('a year the text only implies', () => {
  it('is said to be inferred in the sentence and Markdown, in both languages, and a stated year is not', () => {
    const inferred = d.facts.find((f) => f.year_inferred === true)!;
    const stated = d.facts.find((f) => f.year_inferred !== true)!;
    for (const format of ['sentence', 'md'] as const) {
      expect(citeFact(d, inferred, format, style('en', 'original')), format).toContain(`for ${inferred.year}, year inferred`);
      expect(citeFact(d, inferred, format, style('zh', 'simplified')), format).toMatch(
        new RegExp(`${inferred.year}年\\S*，年份为推断`, 'u'),
      );
      expect(citeFact(d, stated, format, style('en', 'original')), format).not.toContain('inferred');
      expect(citeFact(d, stated, format, style('zh', 'simplified')), format).not.toContain('推断');
    }
  });
});
