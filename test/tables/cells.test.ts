import { describe, expect, it } from 'vitest';
import { csvField, csvRow, markdownTable, spreadsheetText, tsvRow, type Cell } from '../../src/tables/cells.js';

const csvTable = (header: readonly string[], rows: readonly (readonly Cell[])[]) => [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
const tsvTable = (header: readonly string[], rows: readonly (readonly Cell[])[]) => [header, ...rows].map(tsvRow).join('\n') + '\n';
import { gfmCells } from '../helpers.js';

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('高新技術企業1729家')).toBe('高新技術企業1729家');
    expect(csvField('獲廣西科學技術獎,占全區37.54%')).toBe('"獲廣西科學技術獎,占全區37.54%"');
    expect(csvField('"little giant" enterprises')).toBe('"""little giant"" enterprises"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });
  it('writes empty cells for null and undefined, numbers as written', () => {
    expect(csvRow([null, undefined, 169.68, 0, false])).toBe(',,169.68,0,false');
  });
  it('ends every record, the last too, with CRLF', () => {
    expect(csvTable(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('a text cell a spreadsheet would run as a formula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 771', "'+86 771"],
    ['-3.5%', "'-3.5%"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('%j gets a single quote before it', (cell, text) => {
    expect(spreadsheetText(cell)).toBe(text);
  });

  it('is quoted in CSV after the single quote goes before it', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('@x')).toBe("'@x");
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
  });

  it('keeps its single quote in TSV, where a tab or line break in it becomes a space', () => {
    expect(tsvTable(['metric', 'quote'], [['=HYPERLINK("http://x","y")', '\t-1']])).toBe(
      `metric\tquote\n'=HYPERLINK("http://x","y")\t' -1\n`,
    );
  });

  it('is a number that is negative, written as it is, unquoted', () => {
    expect(csvRow([-3.5, -0.25, 1729])).toBe('-3.5,-0.25,1729');
    expect(tsvTable(['value'], [[-3.5]])).toBe('value\n-3.5\n');
  });

  it('is not a text that holds =, +, - or @ after its start', () => {
    for (const cell of ['高新技术企业=1729家', 'R&D-intensity', 'a+b', 'mail@example.org', ' =1+1']) expect(csvField(cell)).toBe(cell);
    expect(tsvTable(['a', 'b', 'c'], [['x', '南宁=1', 'y']])).toBe('a\tb\tc\nx\t南宁=1\ty\n');
  });

  it('is left alone in Markdown, a report and not a spreadsheet, which still escapes |', () => {
    expect(markdownTable(['metric'], [['=HYPERLINK("a|b")']])).toBe('| metric |\n| --- |\n| =HYPERLINK("a\\|b") |\n');
  });
});

describe('a Markdown table', () => {
  it.each([
    ['a pipe', '研发|R&D'],
    ['a backslash before a pipe', 'a\\|b'],
    ['a trailing backslash', 'C:\\data\\'],
    ['a formula start', '=1+1'],
    ['a plus, a minus, an at', '+86 -3.5 @x'],
  ])('reads back %s as its text, in its own cell', (_, cell) => {
    const [, , row] = markdownTable(['metric', 'quote'], [[cell, '高新技術企業1729家']])
      .trimEnd()
      .split('\n');
    expect(gfmCells(row!)).toEqual([cell, '高新技術企業1729家']);
  });

  it('makes a line break in a cell a space, not a new row', () => {
    const lines = markdownTable(['quote'], [['第一行\n第二行']])
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(3);
    expect(gfmCells(lines[2]!)).toEqual(['第一行 第二行']);
  });
});
