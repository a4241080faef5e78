import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/types.js';
import { DatasetCopy } from '../helpers.js';

const PRESS = 'documents/nanning-press-2024.yaml';
const REPLY = 'documents/guangxi-reply-2023.yaml';
const LIANGQING = 'documents/liangqing-news-2022.yaml';

/** Every problem the loader finds, as file name, line, column and message. */
function problems(copy: DatasetCopy): { file: string; line: number; col: number; message: string }[] {
  const result = copy.load();
  expect(result.ok).toBe(false);
  return (result.ok ? [] : result.problems).map((p: Problem) => ({ ...p, file: p.file.replace(/^.*\//u, '') }));
}

describe('checks the loader makes beyond the schema', () => {
  it('a place that is its own ancestor, at each place of the cycle and only there', () => {
    const copy = new DatasetCopy();
    // guangxi → liangqing → nanning → guangxi; the high-tech zone, below nanning, is not in the cycle.
    const line = copy.replace('places.yaml', '  level: autonomous-region\n', '  level: autonomous-region\n  parent: liangqing\n') + 1;
    const lines = copy.read('places.yaml').split('\n');
    const parentOf = (id: string) => lines.findIndex((l, i) => i > lines.indexOf(`- id: ${id}`) && l.startsWith('  parent: ')) + 1;
    expect(problems(copy)).toEqual([
      { file: 'places.yaml', line, col: 11, message: 'parent: "guangxi" is its own ancestor' },
      { file: 'places.yaml', line: parentOf('nanning'), col: 11, message: 'parent: "nanning" is its own ancestor' },
      { file: 'places.yaml', line: parentOf('liangqing'), col: 11, message: 'parent: "liangqing" is its own ancestor' },
    ]);
  });

  it('a place that is its own parent', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(
      'places.yaml',
      '  parent: nanning\n  name: { zh_hans: 良庆区',
      '  parent: liangqing\n  name: { zh_hans: 良庆区',
    );
    expect(problems(copy)).toEqual([{ file: 'places.yaml', line, col: 11, message: 'parent: "liangqing" is its own ancestor' }]);
  });

  it('a section start that is not in the text', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(REPLY, 'start: 一、關于優化體制機制', 'start: 一、关于优化体制机制');
    expect(problems(copy)).toEqual([
      {
        file: 'guangxi-reply-2023.yaml',
        line,
        col: 12,
        message: 'start: found 0 times in the clean text of 004_b52b74282f10c265.txt, must be once',
      },
    ]);
  });

  it('a section start found more than once', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(LIANGQING, 'start: ——推進企業自主能力創新', 'start: ——推進');
    expect(problems(copy)).toEqual([
      {
        file: 'liangqing-news-2022.yaml',
        line,
        col: 12,
        message: 'start: found 5 times in the clean text of 001_c6ab3c07fbde3765.txt, must be once',
      },
    ]);
  });

  it('a quote before the start of its section', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(
      LIANGQING,
      'section: overview\n    quote: 城區新增市級以上創新平臺14個',
      'section: talent\n    quote: 城區新增市級以上創新平臺14個',
    );
    expect(problems(copy)).toEqual([
      { file: 'liangqing-news-2022.yaml', line, col: 14, message: 'section: the quote is not inside section "talent"' },
    ]);
  });

  it('a quote after the end of its section', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(LIANGQING, 'section: talent', 'section: overview');
    expect(problems(copy)).toEqual([
      { file: 'liangqing-news-2022.yaml', line, col: 14, message: 'section: the quote is not inside section "overview"' },
    ]);
  });

  it('a quote that runs past the end of its section', () => {
    const copy = new DatasetCopy();
    // The next section now starts inside the last quote of the overview.
    copy.replace(LIANGQING, 'start: ——推進企業自主能力創新', 'start: 提供線上重點培育');
    const line =
      copy
        .read(LIANGQING)
        .split('\n')
        .findIndex((l) => l.endsWith('quote: 為近400家科技企業提供線上重點培育')) - 1;
    expect(problems(copy)).toEqual([
      { file: 'liangqing-news-2022.yaml', line, col: 14, message: 'section: the quote is not inside section "overview"' },
    ]);
  });

  it('a unit that the quote does not state', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(
      PRESS,
      '    unit: 家\n    qualifier: exact\n    category: gazelle',
      '    unit: 個\n    qualifier: exact\n    category: gazelle',
    );
    expect(problems(copy)).toEqual([{ file: 'nanning-press-2024.yaml', line, col: 11, message: 'unit: "個" is not in the quote' }]);
  });

  it('a tag that is no topic, named by its whole path in the fact', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'tags: [policy]', 'tags: [policy, nosuch]');
    expect(problems(copy)).toEqual([{ file: 'nanning-press-2024.yaml', line, col: 20, message: 'tags[1]: no topic "nosuch"' }]);
  });
});
