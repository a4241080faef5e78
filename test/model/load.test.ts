import { unlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/types.js';
import { DatasetCopy } from '../helpers.js';

const PRESS = 'documents/nanning-press-2024.yaml';
const PLAN = 'documents/nanning-plan-2021.yaml';

function problemsOf(copy: DatasetCopy): Problem[] {
  const result = copy.load();
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

function only(copy: DatasetCopy): Problem {
  const problems = problemsOf(copy);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  return problems[0]!;
}

describe('loading refuses bad data, saying where', () => {
  it('loads an untouched copy', () => {
    expect(new DatasetCopy().load().ok).toBe(true);
  });

  it('YAML syntax errors', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, '    value: 1729\n', '    value: [1729\n');
    const p = problemsOf(copy)[0]!;
    expect(p.file).toMatch(/nanning-press-2024\.yaml$/u);
    expect(p.message).toMatch(/^YAML: /u);
    expect(p.line).toBeGreaterThanOrEqual(line);
  });

  it('wrong types', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'value: 1729', 'value: "1729"');
    expect(only(copy)).toMatchObject({ line, col: 12, message: expect.stringMatching(/^facts\[4\]\.value: .*number/u) });
  });

  it('missing fields', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, '    quote: 高新技術企業1729家\n', '');
    const p = only(copy);
    expect(p.message).toBe('facts[4].quote: missing (expected string)');
    expect(p.line).toBeLessThan(line); // the fact that lacks it
  });

  it('a fact without a measure, or with a measure that is none of them', () => {
    const missing = new DatasetCopy();
    const line = missing.replace(PRESS, '    measure: stock\n    value: 1729\n', '    value: 1729\n');
    const p = only(missing);
    expect(p.message).toBe('facts[4].measure: missing (expected one of "stock"|"new"|"cumulative"|"growth"|"share"|"cap"|"rank")');
    expect(p.line).toBeLessThan(line); // the fact that lacks it

    const unknown = new DatasetCopy();
    const at = unknown.replace(PRESS, 'measure: stock\n    value: 1729', 'measure: level\n    value: 1729');
    expect(only(unknown)).toMatchObject({
      line: at,
      col: 14,
      message: 'facts[4].measure: Invalid option: expected one of "stock"|"new"|"cumulative"|"growth"|"share"|"cap"|"rank"',
    });
  });

  it('a fact without an indicator, which must be given even when it is null', () => {
    const copy = new DatasetCopy();
    copy.replace(PRESS, '    indicator: high-tech-enterprises\n', '');
    expect(only(copy).message).toBe('facts[4].indicator: missing (expected an indicator id, or null)');
  });

  it('unknown keys, at the key', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(
      PRESS,
      '    unit: 家\n    qualifier: exact\n    category: high-tech',
      '    unit: 家\n    qualifer: exact\n    category: high-tech',
    );
    const problems = problemsOf(copy);
    expect(problems).toContainEqual(
      expect.objectContaining({ line: line + 1, col: 5, message: 'facts[4].qualifer: unknown key "qualifer"' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^facts\[4\]\.qualifier: missing/u) }));
  });

  it('a place code that is not six digits, or not a string', () => {
    for (const [code, message] of [
      ['"45010"', 'code: a GB/T 2260 code is six digits, such as "450100"'],
      ['"4501000"', 'code: a GB/T 2260 code is six digits, such as "450100"'],
      ['"45O100"', 'code: a GB/T 2260 code is six digits, such as "450100"'],
      ['450100', 'code: a GB/T 2260 code is six digits in quotes, such as "450100"'],
    ] as const) {
      const copy = new DatasetCopy();
      const line = copy.replace('places.yaml', 'code: "450100"', `code: ${code}`);
      expect(only(copy), code).toMatchObject({ line, col: 9, message: expect.stringContaining(message) });
    }
  });

  it('two places of one list with one code', () => {
    const copy = new DatasetCopy();
    const line = copy.replace('places.yaml', 'code: "450108"', 'code: "450100"');
    expect(only(copy)).toMatchObject({ line, col: 9, message: 'code: 450100 is also the code of place "nanning"' });
  });

  it('dangling references', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'category: gazelle', 'category: antelope');
    const linkLine = copy.replace(PRESS, 'progress_of: nanning-2023-hitech-count', 'progress_of: nanning-2099-hitech-count');
    const problems = problemsOf(copy);
    expect(problems).toEqual([
      expect.objectContaining({ line: linkLine, message: 'progress_of: no fact "nanning-2099-hitech-count"' }),
      expect.objectContaining({ line, message: 'category: no category "antelope"' }),
    ]);
  });

  it('duplicate ids', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'id: nanning-2024-gazelle-count', 'id: nanning-2024-hitech-count');
    expect(only(copy)).toMatchObject({ line, message: expect.stringMatching(/^duplicate fact id "nanning-2024-hitech-count"/u) });
  });

  it('quotes not in the document, or found twice', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'quote: 瞪羚企業52家', 'quote: 瞪羚企業25家');
    const twice = copy.replace(PLAN, 'quote: 亿元,转化重大科技成果累计300项以上', 'quote: 转化重大科技成果累计300项以上');
    const problems = problemsOf(copy);
    expect(problems).toContainEqual(
      expect.objectContaining({ line, message: expect.stringMatching(/^quote: not found in the clean text of 000_/u) }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ line: twice, message: expect.stringMatching(/^quote: found 2 times/u) }));
  });

  it('numbers not in the quote', () => {
    const copy = new DatasetCopy();
    copy.replace(PRESS, 'value: 52', 'value: 5');
    expect(only(copy).message).toBe('value: the quote does not state the number 5');
  });

  it('empty and non-UTF-8 files', () => {
    const copy = new DatasetCopy();
    copy.write('topics.yaml', '  \n');
    copy.write(PRESS, Buffer.concat([Buffer.from('id: x\ntitle: '), Buffer.from([0xb8, 0xdf, 0xd0, 0xc2]), Buffer.from('\n')]));
    const problems = problemsOf(copy);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/topics\.yaml$/u), line: 1, col: 1, message: 'is empty' }),
    );
    expect(problems).toContainEqual(
      // The first bad byte is the 14th, at the 8th character of line 2.
      {
        file: expect.stringMatching(/nanning-press-2024\.yaml$/u),
        line: 2,
        col: 8,
        message: 'is not valid UTF-8 (at byte 14): save it as UTF-8, e.g. iconv -f GBK -t UTF-8',
      },
    );
  });

  it('reports every problem of every file at once, and loads nothing', () => {
    const copy = new DatasetCopy();
    copy.replace('places.yaml', 'level: city', 'level: metropolis');
    copy.replace(PRESS, 'value: 52', 'value: 5');
    copy.replace(PLAN, 'unit: 家', 'unit: 個');
    unlinkSync(copy.path('documents/yangzhou-news-2024.yaml'));
    const result = copy.load();
    expect(result.ok).toBe(false);
    expect('dataset' in result).toBe(false);
    const files = new Set((result.ok ? [] : result.problems).map((p) => p.file.replace(/^.*\//u, '')));
    expect(files).toEqual(new Set(['places.yaml', 'nanning-press-2024.yaml', 'nanning-plan-2021.yaml', 'nanning-press-2024.yaml']));
  });

  it('a seed that is not there', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'seed: 000_460f0e1b014ac56f.txt', 'seed: 000_missing.txt');
    expect(only(copy)).toMatchObject({ line, message: expect.stringMatching(/^seed: no file 000_missing\.txt in /u) });
  });
});
