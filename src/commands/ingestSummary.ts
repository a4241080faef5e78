import { basename } from 'node:path';
import stringWidth from 'string-width';
import { sidecarTemplate, type SidecarField } from '../ingest/sidecar.js';
import type { TextOutcome } from './ingestText.js';

/**
 * What a corpus ingest says at its end: a table of every text (the document it became, its
 * place and date, how many figures were proposed and how many of low confidence, which
 * fields a person gave), then each text left out, with what it lacks and how to give it.
 */

/** A text the run left out, and why: what it lacks (for a sidecar or options) or what went wrong. */
export interface LeftOut {
  readonly file: string;
  readonly sidecar: string;
  readonly why: string;
  readonly missing: readonly SidecarField[];
  /** Left out for want of a value a person can give (exit 2), not for a fault of the file (exit 1). */
  readonly wanting: boolean;
}

export type Row = { readonly file: string } & ({ readonly outcome: TextOutcome } | { readonly left: LeftOut });

const HEAD = ['text', 'document', 'place', 'date', 'figures', 'low', 'given'];

function cells(row: Row): string[] {
  // A corpus's texts are .txt files: the name says the rest.
  const name = basename(row.file).replace(/\.txt$/iu, '');
  if ('left' in row) {
    const what = row.left.missing.length > 0 ? `left out: no ${row.left.missing.join(', ')}` : 'left out (see below)';
    return [name, what, '', '', '', '', ''];
  }
  const o = row.outcome;
  // Its id: the file is documents/<id>.yaml.
  const id = o.document.replace(/^documents\//u, '').replace(/\.yaml$/u, '');
  const document = o.status === 'added' ? id : `${id} (${o.status === 'again' ? 'same text' : 'replaced'}, +${o.added})`;
  const given = o.status === 'added' ? o.given.join(', ') : '';
  return [
    name,
    document,
    o.code === undefined ? o.place : `${o.place} ${o.code}`,
    o.date ?? 'undated',
    String(o.figures),
    String(o.low),
    given,
  ];
}

const pad = (text: string, width: number, right: boolean) => {
  const space = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? space + text : text + space;
};

/** `text` cut to `width` columns in its middle, its start and end kept: the end tells reports-2024 from reports-2025. */
function middleCut(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  const chars = [...text];
  let head = '';
  let tail = '';
  for (let i = 0, j = chars.length - 1; i <= j;) {
    if (stringWidth(head) <= stringWidth(tail)) {
      if (stringWidth(head + chars[i]!) + stringWidth(tail) + 1 > width) break;
      head += chars[i++];
    } else {
      if (stringWidth(head) + stringWidth(chars[j]! + tail) + 1 > width) break;
      tail = chars[j--] + tail;
    }
  }
  return `${head}…${tail}`;
}

/** The columns a table cut to fit a terminal may give up width from: the text's name and the document's. */
const CUTTABLE = [1, 0];
const NARROWEST = 10;

/**
 * The table of the run's texts, aligned in columns by their width on a terminal. On a terminal
 * narrower than the table, the document's and then the text's names are cut in their middle,
 * down to 10 columns each, so that a row stays one line; a pipe or a file gets them whole.
 */
export function summaryTable(rows: readonly Row[], columns?: number): string {
  const table = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, c) => Math.max(...table.map((r) => stringWidth(r[c]!))));
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  for (const c of CUTTABLE) {
    if (columns === undefined || total() < columns) break;
    widths[c] = Math.max(NARROWEST, widths[c]! - (total() - columns + 1));
  }
  const numeric = new Set([4, 5]);
  return (
    table
      .map((r) =>
        // A text left out says so across the columns it has nothing in: never cut.
        r.slice(2).every((cell) => cell === '')
          ? `${pad(middleCut(r[0]!, widths[0]!), widths[0]!, false)}  ${r[1]}`.trimEnd()
          : r
              .map((cell, c) => pad(middleCut(cell, widths[c]!), widths[c]!, numeric.has(c)))
              .join('  ')
              .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

/** What to do for each text left out: the sidecar to write, or the options for it alone, or the fault to mend. */
export function leftOutReport(left: readonly LeftOut[], total: number, into: string): string {
  const lines = [`policy-explorer: ${left.length} of ${total} texts left out; the folder has the rest:`];
  for (const l of left) {
    lines.push(`  ${l.file}: ${l.why}`);
    if (l.missing.length > 0) {
      lines.push(`    give ${l.missing.join(', ')} in ${l.sidecar} beside it, then run the ingest again:`);
      for (const line of sidecarTemplate(l.missing).split('\n')) lines.push(`      ${line}`);
      const flags = l.missing.map((f) => `--${f} …`).join(' ');
      lines.push(`    or for this text alone: policy-explorer ingest ${l.file} --into ${into} ${flags}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
