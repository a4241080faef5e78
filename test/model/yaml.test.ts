import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';
import type { Problem } from '../../src/model/types.js';
import { DatasetCopy } from '../helpers.js';

const PRESS = 'documents/nanning-press-2024.yaml';
const QUOTE = '    quote: 出臺20多項促進科技創新發展的政策措施\n';

/** The one problem of a load that must fail, shown by `validate` with exit 1 rather than thrown. */
function only(copy: DatasetCopy): Problem {
  const result = copy.load();
  expect(result.ok).toBe(false);
  expect(validateCommand(result).exitCode).toBe(1);
  const problems = result.ok ? [] : result.problems;
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  return problems[0]!;
}

/** A fact's `responsible`, with one value and `uses` aliases of it; where each alias stands in the line. */
function responsible(uses: number): { line: string; columns: number[] } {
  const head = '    responsible: [&r 南寧市科技局';
  const columns = Array.from({ length: uses }, (_, i) => head.length + 3 + i * 4);
  return { line: `${head}${', *r'.repeat(uses)}]\n`, columns };
}

describe('aliases', () => {
  it('100 uses of one alias are fine', () => {
    const copy = new DatasetCopy();
    copy.replace(PRESS, QUOTE, QUOTE + responsible(100).line);
    expect(copy.load().ok).toBe(true);
  });

  it('101 uses are a problem at the 101st', () => {
    const copy = new DatasetCopy();
    const { line, columns } = responsible(101);
    const at = copy.replace(PRESS, QUOTE, QUOTE + line) + 1;
    expect(only(copy)).toMatchObject({ line: at, col: columns[100], message: 'YAML: too many aliases (more than 100)' });
  });

  it('a billion laughs: few aliases, each standing for ten of the one before', () => {
    const copy = new DatasetCopy();
    const levels = ['a0: &a0 [lol]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${`*a${i}, `.repeat(9)}*a${i}]`)];
    copy.write('topics.yaml', `${levels.join('\n')}\n`);
    expect(only(copy)).toMatchObject({
      file: expect.stringMatching(/topics\.yaml$/u),
      line: 3, // a1 stands for 10 values, a2 for 110: the 100 are passed in a2
      message: 'YAML: too many aliases (more than 100)',
    });
  });

  it('an alias inside the value it names', () => {
    const copy = new DatasetCopy();
    copy.write('topics.yaml', 'a: &x [1, *x]\n');
    expect(only(copy)).toMatchObject({ line: 1, col: 11, message: 'YAML: the alias *x stands inside the value it names' });
  });

  it('an alias with no anchor', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'tags: [policy]', 'tags: [*policy]');
    expect(only(copy)).toMatchObject({ line, col: 12, message: 'YAML: no anchor &policy before this alias' });
  });
});

describe('nesting', () => {
  it('deeper than 32 levels', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'tags: [policy]', `tags: ${'['.repeat(40)}policy${']'.repeat(40)}`);
    expect(only(copy)).toMatchObject({ line, message: 'YAML: nested deeper than 32 levels' });
  });

  it.each([
    ['a flow list', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['indentation', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')],
  ])('too deep for the parser, in %s', (_how, text) => {
    const copy = new DatasetCopy();
    copy.write('topics.yaml', text);
    expect(only(copy)).toMatchObject({ file: expect.stringMatching(/topics\.yaml$/u), message: 'YAML: nested deeper than 32 levels' });
  });
});

describe('keys', () => {
  it('a list as a key', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, QUOTE, `${QUOTE}    ? [a, b]\n    : 1\n`) + 1;
    expect(only(copy)).toMatchObject({ line, col: 7, message: 'YAML: a key must be a plain value, not a list, a map or an alias' });
  });
});

describe('tabs', () => {
  it.each([
    ['tabs', (text: string) => text.replace(/^ {2}/gmu, '\t')],
    ['spaces then a tab', (text: string) => text.replace(/^ {4}/gmu, '  \t')],
  ])('indenting with %s is one problem, at the first such line', (_how, indent) => {
    const copy = new DatasetCopy();
    const text = copy.read(PRESS);
    const indented = indent(text);
    copy.write(PRESS, indented);
    const line = indented.split('\n').findIndex((l) => /^ *\t/u.test(l)) + 1;
    expect(only(copy)).toMatchObject({ line, col: 1, message: 'YAML: tabs cannot indent YAML; use spaces' });
  });
});
