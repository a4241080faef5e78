import { nothingRead, progressOf, type Proposal } from '../../review/session.js';
import { barHints } from '../keys/keymap.js';
import { seg, type Line } from '../text/lines.js';
import { displayWidth, truncate } from '../text/text.js';
import { wrap } from '../text/wrap.js';
import { EDITABLE_FIELDS } from '../../review/fields.js';
import { currentProposal, reviewMode, type ReviewState } from './state.js';
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

function proposalLines(state: ReviewState, p: Proposal, width: number): Line[] {
  const f = p.fact;
  const reasons = f.reasons?.join('; ') ?? 'no doubt noted';
  const lines: Line[] = [
    [
      seg(value(p), 'accent'),
      seg(`   ${f.kind} ${f.year}${f.year_inferred ? ' (year inferred)' : ''}   ${f.qualifier}${f.strive ? ', strive' : ''}`, 'bold'),
    ],
  ];
  // Why a proposal is not surer is what a reviewer checks first: its reasons wrap to a second line before they are cut.
  const doubt = `confidence ${(f.confidence ?? 1).toFixed(2)}: ${reasons}`;
  const wrapped = wrap(doubt, width);
  if (wrapped.length > 2) wrapped[1] = { ...wrapped[1]!, text: truncate(doubt.slice(wrapped[1]!.start), width) };
  lines.push(...wrapped.slice(0, 2).map((w): Line => [seg(w.text, 'dim')]));
  const fields = state.fields;
  // Each field by the name `review --set` gives it.
  EDITABLE_FIELDS.forEach((field, i) => {
    const shown = field.value(f) || '—';
    const editing = state.text?.field === field;
    const name = field.name.padEnd(13);
    const text = editing ? `${state.text!.value}▏` : shown;
    lines.push([seg(name, 'dim'), seg(text, editing ? 'bold' : fields?.cursor === i ? 'current' : 'plain')]);
  });
  lines.push([seg('quote        ', 'dim'), seg(`“${f.quote}”`)]);
  return lines.map((l) => l.map((s) => ({ ...s, text: truncate(s.text, width) })));
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
    warned(
      `${problems.length - from} ${from > 0 ? 'more ' : ''}documents cannot be reviewed: policy-explorer validate ${dir} says why`,
      width,
    );
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
  const order = state.order === 'confidence' ? 'least sure first' : 'in text order';
  const position = p ? `  ·  proposal ${state.review.proposals.indexOf(p) + 1} of ${state.review.proposals.length}` : '';
  const title: Line = [
    seg(' Review ', 'current'),
    seg(`  ${reviewed}/${total} reviewed${position}  ·  ${order}`, 'bold'),
    seg(doc ? `  ·  ${doc.id}` : '', 'dim'),
  ];
  const hints: Line = [seg(barHints(reviewMode(state), 'en').join('  '), 'dim')];
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
          [seg(total === 0 ? 'No proposals in this folder.' : `All ${total} reviewed.`, 'bold')],
          [seg(`Explore them: policy-explorer --data bundled --data ${state.review.dir}`, 'dim')],
        ];
    return { title, body: [...problems, ...done].slice(0, rows), status };
  }
  if (state.confirm) {
    const skipped = state.skipped.filter((id) => state.review.proposals.some((q) => q.fact.id === id && q.document === doc.id)).length;
    const unready = state.confirm.unready.length;
    const left = [
      skipped ? `the ${skipped} skipped` : '',
      unready ? `${unready} with no English name, topic or note yet (e to give them)` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    const ask = `Accept ${state.confirm.count} proposals of ${doc.id}${left ? `, leaving ${left}` : ''}? y/n`;
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
        [seg(`raw text, seeds line ${raw.lineNumber}`, 'dim')],
        ...raw.lines.flatMap((l) => wrap(l, columnWidth).map((w) => [seg(w.text)] as Line)),
      ]
    : [[seg('raw text: the number is not found as written in the raw text', 'dim')]];
  const cleanRoom = side ? left - 1 : Math.max(1, Math.ceil((left - 1) / 2) - 1);
  const clean: Line[] = [[seg('clean text', 'dim')], ...marked(doc.text, p.at, p.fact.quote.length, columnWidth, cleanRoom)];
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
