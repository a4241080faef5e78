import { strFromU8, unzipSync } from 'fflate';

/**
 * An .xlsx read back without exceljs, which wrote it: unzipped by fflate and its sheets' XML
 * read by pattern, as far as a written table needs (cells' types and values, sheet names).
 */
export interface ReadCell {
  /** The cell's type as the file says: s (a shared string), n (a number), b (a boolean), str, inlineStr. */
  readonly type: string;
  readonly value: string;
  /** A formula, where the cell has one. */
  readonly formula?: string;
}

const unescape = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/giu, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e] !== undefined) return named[e];
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/** The text of every <t> in an element: a shared string may be rich text of several runs. */
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/gu)].map((m) => unescape(m[1]!)).join('');

export function readXlsx(bytes: Uint8Array): { sheets: { name: string; rows: ReadCell[][] }[] } {
  const files = unzipSync(bytes);
  const file = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const shared = [...file('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/gu)].map((m) => textOf(m[1]!));
  const names = [...file('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"/gu)].map((m) => unescape(m[1]!));
  const sheets = names.map((name, i) => {
    const xml = file(`xl/worksheets/sheet${i + 1}.xml`);
    const rows = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/gu)].map((row) => {
      // An empty cell is left out of the file: each cell goes where its reference (C7) puts it.
      const cells: ReadCell[] = [];
      for (const c of row[1]!.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
        const type = /\bt="([^"]*)"/u.exec(c[1]!)?.[1] ?? 'n';
        const inner = c[2] ?? '';
        const v = /<v>([^<]*)<\/v>/u.exec(inner)?.[1];
        const f = /<f>([^<]*)<\/f>/u.exec(inner)?.[1];
        const value = type === 's' ? shared[Number(v)]! : type === 'inlineStr' ? textOf(inner) : unescape(v ?? '');
        const letters = /\br="([A-Z]+)\d+"/u.exec(c[1]!)![1]!;
        const column = [...letters].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0) - 1;
        cells[column] = { type, value, ...(f === undefined ? {} : { formula: unescape(f) }) };
      }
      return Array.from(cells, (c) => c ?? { type: 'none', value: '' });
    });
    return { name, rows };
  });
  return { sheets };
}
