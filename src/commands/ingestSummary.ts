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

const HEAD = ['text', 'document', 'place', 'date', 'figures', 'low', 'from you'];

function cells(row: Row): string[] {
  const name = basename(row.file);
  if ('left' in row) {
    const what = row.left.missing.length > 0 ? `left out: no ${row.left.missing.join(', ')}` : 'left out (see below)';
    return [name, what, '', '', '', '', ''];
  }
  const o = row.outcome;
  const document = o.status === 'added' ? o.document : `${o.document} (${o.status === 'again' ? 'same text' : 'replaced'}, +${o.added})`;
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

/** The table of the run's texts, aligned in columns by their width on a terminal. */
export function summaryTable(rows: readonly Row[]): string {
  const table = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, c) => Math.max(...table.map((r) => stringWidth(r[c]!))));
  const numeric = new Set([4, 5]);
  return (
    table
      .map((r) =>
        r
          .map((cell, c) => pad(cell, widths[c]!, numeric.has(c)))
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
