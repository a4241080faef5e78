import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';
import type { Problem } from '../../src/model/types.js';
import { DatasetCopy } from '../helpers.js';

const PRESS = 'documents/nanning-press-2024.yaml';

function problemsOf(copy: DatasetCopy): Problem[] {
  const result = copy.load();
  expect(result.ok).toBe(false);
  const { output, exitCode } = validateCommand(result);
  expect(exitCode).toBe(1);
  // What validate prints can be trusted to a terminal, whatever the data holds.
  expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
  return result.ok ? [] : result.problems;
}

describe('control characters in the YAML files', () => {
  it('a metric that would set the window title and clear the screen', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'zh: 促进科技创新发展的政策措施', 'zh: "促进\\e]0;PWNED\\a\\e[2J政策措施"');
    expect(problemsOf(copy)).toEqual([
      {
        file: expect.stringMatching(/nanning-press-2024\.yaml$/u),
        line,
        col: 19,
        message: 'facts[0].metric.zh: control character U+001B at character 3',
      },
    ]);
  });

  it.each([
    ['a tab', '\\t', 'U+0009'],
    ['a line break', '\\n', 'U+000A'],
    ['DEL', '\\x7f', 'U+007F'],
    ['a C1 control (NEL)', '\\N', 'U+0085'],
    ['CSI', '\\x9b', 'U+009B'],
    ['a right-to-left override', '\\u202e', 'U+202E'],
    ['a first-strong isolate', '\\u2068', 'U+2068'],
  ])('%s, in any file and any field', (_what, escape, code) => {
    const copy = new DatasetCopy();
    const line = copy.replace('topics.yaml', 'en: R&D spending', `en: "R&D${escape}spending"`);
    expect(problemsOf(copy)).toEqual([
      { file: expect.stringMatching(/topics\.yaml$/u), line, col: 28, message: `[1].en: control character ${code} at character 4` },
    ]);
  });

  it('in a key, which is quoted in the message with its control character made visible', () => {
    const copy = new DatasetCopy();
    const quote = '    quote: 出臺20多項促進科技創新發展的政策措施\n';
    const line = copy.replace(PRESS, quote, `${quote}    "no\\e[2Jte": x\n`) + 1;
    expect(problemsOf(copy)).toEqual([
      expect.objectContaining({ line, col: 5, message: 'facts[0].no<U+001B>[2Jte: control character U+001B at character 3 of the key' }),
      expect.objectContaining({ line, col: 5, message: 'facts[0].no<U+001B>[2Jte: unknown key "no<U+001B>[2Jte"' }),
    ]);
  });

  it('in a file name', () => {
    const copy = new DatasetCopy();
    copy.write('documents/x\u001b[2J.yaml', 'oops\n');
    const problems = problemsOf(copy);
    expect(problems.map((p) => p.file.replace(/^.*\//u, ''))).toContain('x<U+001B>[2J.yaml');
  });
});

describe('control characters in the clean text of a seed', () => {
  it('are a problem naming the seed and the line; a tab is layout, read as a space, in any seed', () => {
    const copy = new DatasetCopy({ seeds: true });
    const seed = join(copy.seedsDir, '000_460f0e1b014ac56f.txt');
    const lines = readFileSync(seed, 'utf8').split('\n');
    lines[2] += '\u001b]0;PWNED\u0007';
    lines[4] += '\tend\f';
    writeFileSync(seed, lines.join('\n'));
    // A page of a PDF seed with a tab between two words: cleaning takes it out with the spaces.
    const pdf = join(copy.seedsDir, '003_10172597df91bc87.txt');
    writeFileSync(pdf, readFileSync(pdf, 'utf8').replace('为深入实施创新', '为深入实施\t创新'));

    expect(problemsOf(copy)).toEqual([
      {
        file: expect.stringMatching(/nanning-press-2024\.yaml$/u),
        line: 2,
        col: 7,
        message: 'seed: 000_460f0e1b014ac56f.txt line 3 has control character U+001B',
      },
    ]);
  });
});
