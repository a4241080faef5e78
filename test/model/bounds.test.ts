import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';
import { PROBLEMS_LISTED, type LoadResult } from '../../src/model/load.js';
import { PROBLEMS_PER_FILE } from '../../src/model/source.js';
import type { Problem } from '../../src/model/types.js';
import { DatasetCopy } from '../helpers.js';

function problemsOf(result: LoadResult): Problem[] {
  expect(result.ok).toBe(false);
  expect(validateCommand(result).exitCode).toBe(1);
  return result.ok ? [] : result.problems;
}

const inFile = (problems: Problem[], name: string): Problem[] => problems.filter((p) => p.file.endsWith(name));

describe('the problems listed are bounded, however broken the data', () => {
  it('45,000 bad places: the first of them, then a count of the rest', () => {
    const copy = new DatasetCopy();
    // Each is missing its id, level, name and short name.
    copy.write('places.yaml', '- {}\n'.repeat(45_000));
    const problems = inFile(problemsOf(copy.load()), 'places.yaml');
    expect(problems).toHaveLength(PROBLEMS_PER_FILE + 1);
    expect(problems.slice(0, 4).map((p) => p.message)).toEqual([
      '[0].id: missing (expected string)',
      '[0].level: missing (expected one of "province"|"autonomous-region"|"municipality"|"special-administrative-region"|"city"|"prefecture"|"district"|"county"|"development-zone")',
      '[0].name: missing (expected object)',
      '[0].short: missing (expected object)',
    ]);
    expect(problems.at(-1)!.message).toBe(`and ${45_000 * 4 - PROBLEMS_PER_FILE} more problems in this file`);
    // The count says how many there are, not how many lines were listed.
    const result = copy.load();
    expect(!result.ok && result.total).toBe(45_000 * 4);
    expect(validateCommand(result).output).toMatch(/\n180000 problems found; the dataset was not loaded\.\n$/u);
  });

  it('50,000 lines of bad YAML', () => {
    const copy = new DatasetCopy();
    copy.write('topics.yaml', '- id: x\n  zh: : :\n'.repeat(25_000));
    const problems = inFile(problemsOf(copy.load()), 'topics.yaml');
    expect(problems).toHaveLength(PROBLEMS_PER_FILE + 1);
    expect(problems[0]!.message).toMatch(/^YAML: /u);
    expect(problems.at(-1)!.message).toMatch(/^and \d+ more problems in this file$/u);
  });

  it('many broken files: whole files are counted once the list is long', () => {
    const copy = new DatasetCopy();
    const broken = Array.from({ length: 200 }, (_, i) => `key${i}: ${i}\n`).join('');
    for (let i = 10; i < 25; i++) copy.write(`documents/broken-${i}.yaml`, broken);
    const problems = problemsOf(copy.load());
    expect(problems.length).toBeGreaterThanOrEqual(PROBLEMS_LISTED);
    expect(problems.length).toBeLessThanOrEqual(PROBLEMS_LISTED + PROBLEMS_PER_FILE + 1);
    expect(inFile(problems, 'broken-10.yaml').at(-1)!.message).toMatch(/^and \d+ more problems in this file$/u);
    expect(problems.at(-1)).toMatchObject({
      file: expect.stringMatching(/broken-20\.yaml$/u),
      message: expect.stringMatching(/^and \d+ more problems in 5 more files, from this one on$/u),
    });
  });
});
