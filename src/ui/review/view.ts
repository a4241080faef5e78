import { nothingRead, progressOf, type Proposal } from '../../review/session.js';
import { barHints } from '../keys/keymap.js';
import { seg, type Line } from '../text/lines.js';
import { displayWidth, truncate } from '../text/text.js';
import { wrap } from '../text/wrap.js';
import type { Lang } from '../strings.js';
import { EDITABLE_FIELDS, type EditableField } from '../../review/fields.js';
import { askedFor } from './newIndicator.js';
import { fieldLabel, rt, valueWords } from './words.js';
import { linksLines } from './linksView.js';
import { currentProposal, reviewMode, type ReviewState } from './reviewState.js';
import { placeFormLines, proposedPlaceLine } from './placeView.js';
import { listBody, listTitle } from './listView.js';
import { previewBody, previewTitle } from './previewView.js';

/**
 * What the review screen shows, as lines fitted to the width: the progress, the proposal with
 * its fields and why it is not surer, and the text it was read from, the quote marked, with
 * the raw text's lines beside it (below it on a narrow screen). Drawing only.
 */

/** The paragraph of `text` around [at, at + length), wrapped, the span marked: at most `rows` lines, the mark in view. */
export function marked(text: string, at: number, length: number, width: number, rows: number): Line[] {
  if (at < 0 || rows <= 0) return [];
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const endLine = text.indexOf('\n', at + length);
  const paragraph = text.slice(start, endLine < 0 ? text.length : endLine);
  const from = at - start;
  const wrapped = wrap(paragraph, Math.max(4, width));
  const lines = wrapped.map((w) => {
    const end = w.start + w.text.length;
    const a = Math.max(from, w.start);
    const b = Math.min(from + length, end);
    if (a >= b) return [seg(w.text)];
    return [seg(paragraph.slice(w.start, a)), seg(paragraph.slice(a, b), 'current'), seg(paragraph.slice(b, end))];
  });
  const first = wrapped.findIndex((w) => w.start + w.text.length > from);
  const top = Math.max(0, Math.min(first - Math.floor(rows / 3), lines.length - rows));
  return lines.slice(top, top + rows);
}

/** The raw text's line that holds the quote's number, and the line before: where to look in the seed. */
function rawAround(raw: string, p: Proposal): { lineNumber: number; lines: string[] } | undefined {
  const number = /\d[\d.,]*/u.exec(p.fact.quote)?.[0];
  const lines = raw.split(/\r\n?|\n/u);
  const words = p.fact.quote.replace(/\s/gu, '').slice(0, 4);
  const hit = lines.findIndex((l) => number !== undefined && l.includes(number) && l.replace(/\s/gu, '').includes(words));
  const at = hit >= 0 ? hit : lines.findIndex((l) => number !== undefined && l.includes(number));
  return at < 0 ? undefined : { lineNumber: at + 1, lines: lines.slice(Math.max(0, at - 1), at + 2) };
}

const value = (p: Proposal) => `${p.fact.value ?? `${p.fact.value_min}–${p.fact.value_max}`} ${p.fact.unit}`.trim();

/** Pads a label to a display width: Chinese labels are two columns a character. */
const padded = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - displayWidth(text)));

/** A field's value as shown: a fixed value (kind, qualifier, measure) with its Chinese word before it in the Chinese interface. */
function shownValue(field: EditableField, f: Proposal['fact'], lang: Lang): string {
  const value = field.value(f);
  if (lang !== 'zh' || field.values === undefined || value === '') return value;
  const word = valueWords(field.name, value).zh;
  return word === value ? value : `${word} ${value}`;
}

/** What a field's row reads: the value, or what the box has typed, or what a new indicator's box asks. */
function fieldText(state: ReviewState, field: EditableField, f: Proposal['fact']): { name: string; text: string; editing: boolean } {
  const box = state.text;
  if (box?.field !== field)
    return { name: fieldLabel(field.name, state.lang), text: shownValue(field, f, state.lang) || '—', editing: false };
  const name = box.newIndicator ? askedFor(box.newIndicator, state.lang) : fieldLabel(field.name, state.lang);
  return { name, text: `${box.value}▏`, editing: true };
}

/**
 * The proposal: its value, kind and year, why it is not surer, then its fields. While they are
 * edited every field has a row, by the name review --set gives it; else only those that say
 * something, several to a line, and the ones a fact cannot do without even when empty.
 */
function proposalLines(state: ReviewState, p: Proposal, width: number): Line[] {
  const f = p.fact;
  const { lang } = state;
  const reasons = f.reasons?.join('; ') ?? 'no doubt noted';
  const kind = valueWords('kind', f.kind)[lang];
  const qualifier = valueWords('qualifier', f.qualifier)[lang];
  const lines: Line[] = [
    [
      seg(value(p), 'accent'),
      seg(
        `   ${kind} ${f.year}${f.year_inferred ? ` ${rt('yearInferred', lang)}` : ''}   ${qualifier}${f.strive ? `, ${rt('strive', lang)}` : ''}`,
        'bold',
      ),
    ],
  ];
  // Why a proposal is not surer is what a reviewer checks first: its reasons wrap to a second line before they are cut.
  const doubt = rt('confidence', lang, { c: (f.confidence ?? 1).toFixed(2), why: reasons });
  const wrapped = wrap(doubt, width);
  if (wrapped.length > 2) wrapped[1] = { ...wrapped[1]!, text: truncate(doubt.slice(wrapped[1]!.start), width) };
  lines.push(...wrapped.slice(0, 2).map((w): Line => [seg(w.text, 'dim')]));
  const fields = state.fields;
  const nameWidth = Math.max(...EDITABLE_FIELDS.map((field) => displayWidth(fieldLabel(field.name, lang)))) + 2;
  if (fields || state.text) {
    EDITABLE_FIELDS.forEach((field, i) => {
      const row = fieldText(state, field, f);
      const style = row.editing ? 'bold' : fields?.cursor === i ? 'current' : 'plain';
      lines.push([seg(padded(row.name, row.editing ? displayWidth(row.name) + 2 : nameWidth), 'dim'), seg(row.text, style)]);
    });
  } else {
    lines.push(...summaryLines(state, f, width));
  }
  const listed = fields !== null || state.text !== null;
  lines.push([seg(listed ? padded(rt('quote', lang), nameWidth) : `${rt('quote', lang)} `, 'dim'), seg(`“${f.quote}”`)]);
  lines.push(...proposedPlaceLine(state, width));
  return lines.map((l) => l.map((s) => ({ ...s, text: truncate(s.text, width) })));
}

/** The fields a fact needs even when they are empty: accepting waits for them. */
const NEEDED = new Set(['metric.en', 'tags', 'indicator']);

/** The fields that say something, "name value" several to a line. */
function summaryLines(state: ReviewState, f: Proposal['fact'], width: number): Line[] {
  const shown = EDITABLE_FIELDS.filter((field) => ['kind', 'year', 'qualifier'].indexOf(field.name) < 0)
    .map((field) => ({ field, text: shownValue(field, f, state.lang) }))
    .filter(({ field, text }) => text !== '' || NEEDED.has(field.name));
  const lines: Line[] = [];
  let line: ReturnType<typeof seg>[] = [];
  let used = 0;
  for (const { field, text } of shown) {
    const name = fieldLabel(field.name, state.lang);
    const cell = displayWidth(name) + 1 + displayWidth(text || '—') + 3;
    if (used > 0 && used + cell > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push(seg(`${name} `, 'dim'), seg(text || '—', text ? 'plain' : 'warn'), seg('   '));
    used += cell;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

export interface ReviewScreenLines {
  readonly title: Line;
  readonly body: Line[];
  /** The message, wrapped whole (it may say why a decision was not written), then the keys. */
  readonly status: Line[];
}

const warned = (text: string, width: number): Line[] => wrap(text, width).map((w) => [seg(w.text, 'warn')]);

/**
 * The documents that cannot be reviewed, each naming its file and what to do, in at most
 * `rows` lines; the rest counted, for validate to list.
 */
function problemLines(state: ReviewState, width: number, rows: number): Line[] {
  const { problems, dir } = state.review;
  // Several problems are only ever documents': a folder that cannot be read is the one problem.
  const counted = (from: number) =>
    warned(rt('cannotReview', state.lang, { n: problems.length - from, more: from > 0 ? rt('more', state.lang) : '', dir }), width);
  const lines: Line[] = [];
  for (const [i, problem] of problems.entries()) {
    const wrapped = warned(problem, width);
    const last = i === problems.length - 1;
    // Each one shown leaves room to count those after it.
    if (lines.length + wrapped.length + (last ? 0 : counted(i + 1).length) > rows) {
      lines.push(...(last ? wrapped : counted(i)));
      break;
    }
    lines.push(...wrapped);
  }
  return lines.slice(0, rows);
}

export function reviewLines(state: ReviewState, width: number, height: number): ReviewScreenLines {
  const { reviewed, total } = progressOf(state.review);
  const p = currentProposal(state);
  const doc = p ? state.review.documents.find((d) => d.id === p.document) : undefined;
  const { lang } = state;
  const order = rt(state.order === 'confidence' ? 'leastSure' : 'textOrder', lang);
  const position = p
    ? `  ·  ${rt('position', lang, { n: state.review.proposals.indexOf(p) + 1, total: state.review.proposals.length })}`
    : '';
  const title: Line = [
    seg(rt('title', lang), 'current'),
    seg(`  ${rt('reviewed', lang, { n: reviewed, total })}${position}  ·  ${order}`, 'bold'),
    seg(doc ? `  ·  ${doc.id}` : '', 'dim'),
  ];
  const hints: Line = [seg(barHints(reviewMode(state), lang).join('  '), 'dim')];
  // The title and the keys stay; the message may take every other row.
  const status = [...(state.message ? warned(state.message, width).slice(0, Math.max(1, height - 2)) : []), hints];
  const rows = Math.max(0, height - 1 - status.length);
  // An overlay takes the rows below the title: the preview over the list, the list over the proposal.
  if (state.preview) return { title: previewTitle(state), body: previewBody(state, width, rows), status };
  if (state.list) return { title: listTitle(state), body: listBody(state, width, rows), status };
  if (!p || !doc) {
    const problems = problemLines(state, width, rows);
    const done = nothingRead(state.review)
      ? []
      : [
          [seg(total === 0 ? rt('noneLeft', lang) : rt('allReviewed', lang, { n: total }), 'bold')],
          [seg(rt('exploreThem', lang, { command: `policy-explorer --data bundled --data ${state.review.dir}` }), 'dim')],
        ];
    return { title, body: [...problems, ...done].slice(0, rows), status };
  }
  if (state.placeForm) return { title, body: placeFormLines(state, width).slice(0, rows), status };
  if (state.links) return { title, body: linksLines(state.links, width, rows, lang), status };
  if (state.confirm) {
    const skipped = state.skipped.filter((id) => state.review.proposals.some((q) => q.fact.id === id && q.document === doc.id)).length;
    const unready = state.confirm.unready.length;
    const left = [skipped ? rt('leftSkipped', lang, { n: skipped }) : '', unready ? rt('leftUnready', lang, { n: unready }) : '']
      .filter(Boolean)
      .join(rt('and', lang));
    const ask = rt('acceptAsk', lang, { n: state.confirm.count, doc: doc.id, left: left ? rt('leaving', lang, { what: left }) : '' });
    return { title, body: wrap(ask, width).map((w) => [seg(w.text, 'bold')]), status };
  }
  // A third of the rows at most for the documents that cannot be read: the proposal is what is reviewed.
  const body = [...problemLines(state, width, Math.floor(rows / 3)), ...proposalLines(state, p, width)];
  body.push([]);
  const left = rows - body.length;
  // The clean text and the raw text side by side when there is room, else one above the other.
  const side = width >= 120;
  const columnWidth = side ? Math.floor((width - 3) / 2) : width;
  const raw = rawAround(doc.raw, p);
  const rawLines: Line[] = raw
    ? [
        [seg(rt('rawText', lang, { n: raw.lineNumber }), 'dim')],
        ...raw.lines.flatMap((l) => wrap(l, columnWidth).map((w) => [seg(w.text)] as Line)),
      ]
    : [[seg(rt('rawMissing', lang), 'dim')]];
  const cleanRoom = side ? left - 1 : Math.max(1, Math.ceil((left - 1) / 2) - 1);
  const clean: Line[] = [[seg(rt('cleanText', lang), 'dim')], ...marked(doc.text, p.at, p.fact.quote.length, columnWidth, cleanRoom)];
  if (side) {
    const n = Math.min(left, Math.max(clean.length, rawLines.length));
    for (let i = 0; i < n; i++) {
      const l = clean[i] ?? [];
      const pad = columnWidth - l.reduce((w, s) => w + displayWidth(s.text), 0);
      body.push([...l, seg(' '.repeat(Math.max(0, pad))), seg(' │ ', 'dim'), ...(rawLines[i] ?? [])]);
    }
  } else {
    body.push(...clean, ...rawLines.slice(0, Math.max(0, left - clean.length)));
  }
  return { title, body: body.slice(0, rows), status };
}
