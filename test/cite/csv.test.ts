import { describe, expect, it } from 'vitest';
import { csvField, csvRow, csvTable } from '../../src/cite/csv.js';

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
