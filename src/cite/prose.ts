import type { Dataset, Fact, PolicyDocument, Section } from '../model/types.js';
import { CONVERTED, dateWords, kindWords, NO_DATE, valueWords, type CiteStyle } from './words.js';

/**
 * The citations written for people: a sentence (the figure and its source), a reference-list
 * entry, and Markdown. Each names the publisher, the title, the date (or that the text states
 * none), the document's number and address where known, and the section the figure is in.
 * The quote is always as the source writes it; where the display script writes it otherwise,
 * that rendering follows, marked as such. The seed file is left to JSON and CSV.
 */
export type ProseFormat = 'sentence' | 'reference' | 'md';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sectionOf(doc: PolicyDocument, fact: Fact): Section | undefined {
  return fact.section === undefined ? undefined : doc.sections.find((s) => s.id === fact.section);
}

/**
 * How a Chinese citation of `doc` writes its own words and the names the data keeps
 * simplified: in the display script, or "as written" in the document's script, so that the
 * sentence reads in one script with the title and publisher as the document writes them.
 */
function wordsOf(doc: PolicyDocument, style: CiteStyle): (text: string) => string {
  if (style.script === 'original' && doc.script === 'traditional' && style.traditional) return style.traditional;
  return style.zh;
}

/** “高新技術企業1729家”, then “(simplified: “高新技术企业1729家”)” where the display script differs. */
function quoted(fact: Fact, style: CiteStyle): { verbatim: string; converted: string | null } {
  const verbatim = `“${fact.quote}”`;
  if (style.script === 'original') return { verbatim, converted: null };
  const shown = style.zh(fact.quote);
  if (shown === fact.quote) return { verbatim, converted: null };
  const label = CONVERTED[style.script][style.lang];
  return { verbatim, converted: style.lang === 'en' ? `(${label}: “${shown}”)` : `（${style.zh(label)}：“${shown}”）` };
}

/**
 * 《题名》 as the document writes it, then its form in the display script where that differs, in
 * parentheses: a title is cited as written, as a quote is, or a reader could not find it.
 */
export function titled(doc: PolicyDocument, style: CiteStyle): string {
  const written = `《${doc.title.zh}》`;
  if (style.script === 'original') return written;
  const shown = style.zh(doc.title.zh);
  if (shown === doc.title.zh) return written;
  const label = CONVERTED[style.script][style.lang];
  return style.lang === 'en' ? `${written} (${label}: 《${shown}》)` : `${written}（${style.zh(label)}：《${shown}》）`;
}

/** "Nanning, number of high-tech enterprises: 1,800 家 (target for 2023)"; "南宁市，高新技术企业数量：1,800 家（2023年目标）". */
function figure(dataset: Dataset, doc: PolicyDocument, fact: Fact, style: CiteStyle, bold: boolean): string {
  const place = dataset.placeById.get(fact.place);
  const strong = (text: string) => (bold ? `**${text}**` : text);
  if (style.lang === 'en')
    return `${place?.name.en ?? fact.place}, ${fact.metric.en}: ${strong(valueWords(fact, 'en'))} (${kindWords(fact, 'en')})`;
  const w = wordsOf(doc, style);
  return `${w(`${place?.name.zh_hans ?? fact.place}，${fact.metric.zh}：`)}${strong(w(valueWords(fact, 'zh')))}${w(`（${kindWords(fact, 'zh')}）`)}`;
}

/** Publisher, number, date and address, as clauses of a sentence. */
function documentClauses(doc: PolicyDocument, style: CiteStyle): string[] {
  if (style.lang === 'en') {
    return [
      `publisher: ${doc.publisher.en}`,
      ...(doc.number === undefined ? [] : [`number: ${style.zh(doc.number)}`]),
      doc.date === null ? NO_DATE.en : `dated ${doc.date}`,
      ...(doc.url === undefined ? [] : [`online at ${doc.url}`]),
    ];
  }
  const w = wordsOf(doc, style);
  return [
    `${w('发布单位：')}${style.zh(doc.publisher.zh)}`,
    ...(doc.number === undefined ? [] : [`${w('编号：')}${style.zh(doc.number)}`]),
    w(doc.date === null ? NO_DATE.zh : `发布日期：${dateWords(doc, 'zh')}`),
    ...(doc.url === undefined ? [] : [`${w('网址：')}${doc.url}`]),
  ];
}

/** "in 《…》, section “Overall goals”; publisher: …; date not stated in the text" */
function sourceClause(doc: PolicyDocument, fact: Fact, style: CiteStyle): string {
  const section = sectionOf(doc, fact);
  const title = titled(doc, style);
  if (style.lang === 'en')
    return [`in ${title}${section ? `, section “${section.title.en}”` : ''}`, ...documentClauses(doc, style)].join('; ');
  const w = wordsOf(doc, style);
  const part = section ? `“${style.zh(section.title.zh)}”${w('部分')}` : '';
  return [`${w('见')}${title}${part}`, ...documentClauses(doc, style)].join('；');
}

export function proseFact(dataset: Dataset, fact: Fact, format: ProseFormat, style: CiteStyle): string {
  const doc = dataset.documentById.get(fact.document)!;
  const { verbatim, converted } = quoted(fact, style);
  const en = style.lang === 'en';
  const w = wordsOf(doc, style);
  switch (format) {
    case 'sentence':
      return en
        ? `${figure(dataset, doc, fact, style, false)}, stated as ${verbatim}${converted ? ` ${converted}` : ''} ${sourceClause(doc, fact, style)}.`
        : `${figure(dataset, doc, fact, style, false)}${w('，原文')}${verbatim}${converted ?? ''}，${sourceClause(doc, fact, style)}。`;
    case 'md':
      return [
        `> ${fact.quote}`,
        ...(converted ? ['', converted] : []),
        '',
        en
          ? `${figure(dataset, doc, fact, style, true)}, ${sourceClause(doc, fact, style)}.`
          : `${figure(dataset, doc, fact, style, true)}，${sourceClause(doc, fact, style)}。`,
      ].join('\n');
    case 'reference': {
      const section = sectionOf(doc, fact);
      if (en) {
        const where = section ? `Section “${section.title.en}” (${style.zh(section.title.zh)}), quote: ` : 'Quote: ';
        return `${referenceEntry(doc, style)} ${where}${verbatim}${converted ? ` ${converted}` : ''}.`;
      }
      const where = section ? `，“${style.zh(section.title.zh)}”${w('部分，原文')}` : w('，原文');
      return `${referenceEntry(doc, style).slice(0, -1)}${where}${verbatim}${converted ?? ''}。`;
    }
  }
}

/**
 * A reference-list entry: "Publisher. 《Title》 [English title]. Number: …. 2023-08-24." or
 * "发布单位：《题名》，编号，2023年8月24日。"
 */
function referenceEntry(doc: PolicyDocument, style: CiteStyle): string {
  const title = titled(doc, style);
  if (style.lang === 'en') {
    const parts = [
      doc.publisher.en,
      doc.title.en === undefined ? title : `${title} [${doc.title.en}]`,
      ...(doc.number === undefined ? [] : [`Number: ${style.zh(doc.number)}`]),
      capital(doc.date ?? NO_DATE.en),
      ...(doc.url === undefined ? [] : [`Online at ${doc.url}`]),
    ];
    return `${parts.map((p) => p.replace(/\.$/u, '')).join('. ')}.`;
  }
  const w = wordsOf(doc, style);
  const parts = [
    `${style.zh(`${doc.publisher.zh}：`)}${title}`,
    ...(doc.number === undefined ? [] : [style.zh(doc.number)]),
    w(dateWords(doc, 'zh')),
    ...(doc.url === undefined ? [] : [`${w('网址：')}${doc.url}`]),
  ];
  return `${parts.join('，')}。`;
}

/**
 * A document as a Markdown reference: the title, then a list of what identifies it (publisher,
 * number, date or why there is none, address) and its sections. A document has no quote.
 */
function markdownReference(doc: PolicyDocument, style: CiteStyle): string {
  const en = style.lang === 'en';
  const item = (name: { en: string; zh: string }, value: string) => `- ${en ? `${name.en}: ` : style.zh(`${name.zh}：`)}${value}`;
  const lines = [
    en ? `**${titled(doc, style)}** (${doc.title.en})` : `**${titled(doc, style)}**`,
    '',
    item({ en: 'Publisher', zh: '发布单位' }, en ? doc.publisher.en : style.zh(doc.publisher.zh)),
    ...(doc.number === undefined ? [] : [item({ en: 'Number', zh: '编号' }, style.zh(doc.number))]),
    item({ en: 'Date', zh: '发布日期' }, style.zh(dateWords(doc, style.lang))),
    // The date's note is written in English only: a Chinese citation has Chinese words throughout.
    ...(doc.date_note === undefined || !en ? [] : [item({ en: 'Date note', zh: '' }, doc.date_note)]),
    ...(doc.url === undefined ? [] : [item({ en: 'Online at', zh: '网址' }, `<${doc.url}>`)]),
  ];
  if (doc.sections.length > 0) {
    lines.push(en ? '- Sections:' : style.zh('- 章节：'));
    for (const s of doc.sections) lines.push(`  - ${en ? s.title.en : style.zh(s.title.zh)}`);
  }
  return lines.join('\n');
}

export function proseDocument(doc: PolicyDocument, format: ProseFormat, style: CiteStyle): string {
  if (format === 'reference') return referenceEntry(doc, style);
  if (format === 'md') return markdownReference(doc, style);
  const named = titled(doc, style);
  return style.lang === 'en'
    ? `${named}${doc.title.en === undefined ? '' : ` (${doc.title.en})`}; ${documentClauses(doc, style).join('; ')}.`
    : `${named}；${documentClauses(doc, style).join('；')}。`;
}
