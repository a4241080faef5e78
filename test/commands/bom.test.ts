import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const BOM = '\uFEFF';

describe('--bom', () => {
  it('begins a CSV export with the UTF-8 byte-order mark, the rows unchanged after it', () => {
    const plain = runCli(['export', '--format', 'csv']);
    const marked = runCli(['export', '--format', 'csv', '--bom']);
    expect(marked.code).toBe(0);
    expect(plain.out.startsWith(BOM)).toBe(false);
    expect(marked.out).toBe(BOM + plain.out);
    // As bytes: EF BB BF, then the header.
    expect([...Buffer.from(marked.out, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('begins a CSV comparison with it too', () => {
    const plain = runCli(['compare', 'high-tech', '--format', 'csv']);
    const marked = runCli(['compare', 'high-tech', '--format', 'csv', '--bom']);
    expect(marked.code).toBe(0);
    expect(marked.out).toBe(BOM + plain.out);
  });

  it.each([
    ['export', '--format', 'tsv'],
    ['progress', '--format', 'csv'],
    ['progress', '--format', 'tsv'],
  ])('begins any spreadsheet text with it: %s', (...args) => {
    const plain = runCli(args);
    const marked = runCli([...args, '--bom']);
    expect(marked.code).toBe(0);
    expect(marked.out).toBe(BOM + plain.out);
  });

  it.each([['export', '--format', 'json'], ['export'], ['compare', 'high-tech', '--format', 'md'], ['progress'], ['progress', '--json']])(
    'is refused with a format that is not CSV or TSV: %s',
    (...args) => {
      const { code, out, err } = runCli([...args, '--bom']);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/--bom goes with --format csv/u);
    },
  );
});
