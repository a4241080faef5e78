import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/types.js';
import { DatasetCopy } from '../helpers.js';

const PRESS = 'documents/nanning-press-2024.yaml';
const REPLY = 'documents/guangxi-reply-2023.yaml';
const LIANGQING = 'documents/liangqing-news-2022.yaml';
const PLAN = 'documents/nanning-plan-2021.yaml';
const YANGZHOU = 'documents/yangzhou-news-2024.yaml';
const INDICATORS = 'indicators.yaml';

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
      '  parent: nanning\n  code: "450108"\n  name: { zh_hans: 良庆区',
      '  parent: liangqing\n  code: "450108"\n  name: { zh_hans: 良庆区',
    );
    expect(problems(copy)).toEqual([{ file: 'places.yaml', line, col: 11, message: 'parent: "liangqing" is its own ancestor' }]);
  });

  it('a document number not written so in the text', () => {
    const copy = new DatasetCopy();
    // The text writes 號; a number converted to simplified is not the text's.
    const line = copy.replace(REPLY, 'number: 第20230456號提案', 'number: 第20230456号提案');
    expect(problems(copy)).toEqual([
      {
        file: 'guangxi-reply-2023.yaml',
        line,
        col: 9,
        message: 'number: "第20230456号提案" is not in the clean text of 004_b52b74282f10c265.txt; give it as the text writes it',
      },
    ]);
  });

  it('an address that is not a web address', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PLAN, 'date: null\n', 'date: null\nurl: "javascript:alert(1)"\n') + 1;
    expect(problems(copy)).toContainEqual({
      file: 'nanning-plan-2021.yaml',
      line,
      col: 6,
      message: 'url: a url is an http:// or https:// address',
    });
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

/** The 1-based line of the first line of `file` that `matches`. */
function lineOf(copy: DatasetCopy, file: string, matches: (line: string) => boolean): number {
  return copy.read(file).split('\n').findIndex(matches) + 1;
}

describe('indicators, and the figures linked to targets', () => {
  it('an indicator that is not in indicators.yaml', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PRESS, 'indicator: gazelle-enterprises', 'indicator: antelopes');
    expect(problems(copy)).toEqual([{ file: 'nanning-press-2024.yaml', line, col: 16, message: 'indicator: no indicator "antelopes"' }]);
  });

  it('a fact that measures no indicator without a note saying why', () => {
    const copy = new DatasetCopy();
    const line = copy.replace(PLAN, 'indicator: rnd-intensity', 'indicator: null');
    expect(problems(copy)).toEqual([
      {
        file: 'nanning-plan-2021.yaml',
        line,
        col: 16,
        message: 'indicator: null needs a note saying why the figure measures no indicator',
      },
    ]);
  });

  it('an indicator with a category or topic that does not exist', () => {
    const copy = new DatasetCopy();
    const categories = copy.replace(INDICATORS, 'categories: [gazelle]', 'categories: [gazelle, antelope]');
    const topics = copy.replace(INDICATORS, 'topics: [awards]', 'topics: [awards, prizes]');
    expect(problems(copy)).toEqual([
      { file: 'indicators.yaml', line: categories, col: 25, message: 'categories[1]: no category "antelope"' },
      { file: 'indicators.yaml', line: topics, col: 20, message: 'topics[1]: no topic "prizes"' },
    ]);
  });

  it('a family that names no indicator, the indicator itself, or an indicator of another family', () => {
    const copy = new DatasetCopy();
    const unknown = copy.replace(INDICATORS, 'family: fiscal-st-spending', 'family: fiscal-st-budget');
    const own = copy.replace(INDICATORS, 'topics: [awards]\n', 'topics: [awards]\n  family: st-awards\n') + 1;
    // R&D intensity heads nothing, being of gross R&D spending's family itself.
    const chained = copy.replace(INDICATORS, 'family: innovation-platforms', 'family: rnd-intensity');
    expect(problems(copy)).toEqual([
      { file: 'indicators.yaml', line: unknown, col: 11, message: 'family: no indicator "fiscal-st-budget"' },
      {
        file: 'indicators.yaml',
        line: chained,
        col: 11,
        message: 'family: "rnd-intensity" is itself of the family of "gross-rnd-spending"; name that one',
      },
      { file: 'indicators.yaml', line: own, col: 11, message: 'family: an indicator cannot head its own family by naming it' },
    ]);
  });

  it('an indicator listed twice', () => {
    const copy = new DatasetCopy();
    const text = copy.read(INDICATORS);
    copy.write(
      INDICATORS,
      `${text}- { id: incubators, name: { zh_hans: 孵化器, zh_hant: 孵化器, en: incubators }, definition: Again., unit_family: count }\n`,
    );
    const line = text.split('\n').length;
    expect(problems(copy)).toEqual([{ file: 'indicators.yaml', line, col: 9, message: 'duplicate indicator id "incubators"' }]);
  });

  it('a progress figure or a baseline that measures another indicator than its target', () => {
    const copy = new DatasetCopy();
    const progress = copy.replace(PRESS, 'progress_of: nanning-2023-hitech-count', 'progress_of: nanning-2023-rnd-intensity');
    const baseline = copy.replace(YANGZHOU, 'baseline_of: yangzhou-2024-hitech-count', 'baseline_of: yangzhou-2024-tech-sme-registered');
    expect(problems(copy)).toEqual([
      {
        file: 'nanning-press-2024.yaml',
        line: progress,
        col: 18,
        message: 'progress_of: "nanning-2023-rnd-intensity" measures "rnd-intensity", not "high-tech-enterprises"',
      },
      {
        file: 'yangzhou-news-2024.yaml',
        line: baseline,
        col: 18,
        message: 'baseline_of: "yangzhou-2024-tech-sme-registered" measures "tech-smes", not "high-tech-enterprises"',
      },
    ]);
  });

  it('a figure that measures no indicator cannot be linked, nor linked to', () => {
    const copy = new DatasetCopy();
    // Both facts have notes, so only the links are problems.
    copy.replace(PRESS, 'indicator: high-tech-enterprises', 'indicator: null');
    copy.replace(
      YANGZHOU,
      'indicator: high-tech-enterprises\n    measure: stock\n    value: 2500',
      'indicator: null\n    measure: stock\n    value: 2500',
    );
    expect(problems(copy)).toEqual([
      {
        file: 'nanning-press-2024.yaml',
        line: lineOf(copy, PRESS, (l) => l.startsWith('    progress_of: ')),
        col: 18,
        message: 'progress_of: a fact that measures no indicator cannot track a target',
      },
      {
        file: 'yangzhou-news-2024.yaml',
        line: lineOf(copy, YANGZHOU, (l) => l.startsWith('    baseline_of: ')),
        col: 18,
        message: 'baseline_of: "yangzhou-2024-hitech-count" measures no indicator, so no fact can be linked to it',
      },
    ]);
  });

  it.each([
    ['yangzhou-2099-hitech-count', 'baseline_of: no fact "yangzhou-2099-hitech-count"'],
    ['yangzhou-2023-hitech-count', 'baseline_of: a fact cannot be its own baseline'],
  ])('a baseline of %s, which is no other fact', (to, message) => {
    const copy = new DatasetCopy();
    const line = copy.replace(YANGZHOU, 'baseline_of: yangzhou-2024-hitech-count', `baseline_of: ${to}`);
    expect(problems(copy)).toEqual([{ file: 'yangzhou-news-2024.yaml', line, col: 18, message }]);
  });

  it('a baseline of the reported figure a change reached (从X提高到Y), which no progress report may track', () => {
    const copy = new DatasetCopy();
    copy.replace(YANGZHOU, 'baseline_of: yangzhou-2024-hitech-count', 'baseline_of: yangzhou-2023-hitech-approved');
    expect(copy.load().ok).toBe(true);
    const tracking = new DatasetCopy();
    const line = tracking.replace(YANGZHOU, 'baseline_of: yangzhou-2024-hitech-count', 'progress_of: yangzhou-2023-hitech-approved');
    expect(problems(tracking)).toEqual([
      { file: 'yangzhou-news-2024.yaml', line, col: 18, message: 'progress_of: "yangzhou-2023-hitech-approved" is not a target' },
    ]);
  });

  it('a baseline that is a target itself', () => {
    const copy = new DatasetCopy();
    const line =
      copy.replace(YANGZHOU, 'id: yangzhou-2023-hitech-count\n    kind: reported', 'id: yangzhou-2023-hitech-count\n    kind: target') + 1;
    expect(problems(copy)).toEqual([
      { file: 'yangzhou-news-2024.yaml', line, col: 11, message: 'kind: only a reported fact can be a baseline' },
    ]);
  });

  it('a baseline dated after its target, and not one dated in its target’s year', () => {
    const head = 'id: yangzhou-2023-hitech-count\n    kind: reported\n    year: ';
    const after = new DatasetCopy();
    const line = after.replace(YANGZHOU, `${head}2023`, `${head}2025`) + 2;
    expect(problems(after)).toEqual([
      {
        file: 'yangzhou-news-2024.yaml',
        line,
        col: 11,
        message: 'year: 2025 is after 2024, the year of "yangzhou-2024-hitech-count" that starts from it',
      },
    ]);
    const same = new DatasetCopy();
    same.replace(YANGZHOU, `${head}2023`, `${head}2024`);
    expect(same.load().ok).toBe(true);
  });

  it('progress dated before its target’s baseline, and not progress dated in the baseline’s year', () => {
    // Yangzhou's 799 approvals of 2023, made progress on the 2024 target that starts from 2023.
    const linked = (copy: DatasetCopy) =>
      copy.replace(
        YANGZHOU,
        '    quote: 高新技術企業獲批799家\n',
        '    progress_of: yangzhou-2024-hitech-count\n    quote: 高新技術企業獲批799家\n',
      );
    const same = new DatasetCopy();
    linked(same);
    expect(same.load().ok).toBe(true);

    const before = new DatasetCopy();
    linked(before);
    const head = 'id: yangzhou-2023-hitech-count\n    kind: reported\n    year: ';
    before.replace(YANGZHOU, `${head}2023`, `${head}2024`);
    const line = lineOf(before, YANGZHOU, (l) => l.endsWith('id: yangzhou-2023-hitech-approved')) + 2;
    expect(problems(before)).toEqual([
      {
        file: 'yangzhou-news-2024.yaml',
        line,
        col: 11,
        message: 'year: 2023 is before 2024, the year of "yangzhou-2023-hitech-count", the baseline of "yangzhou-2024-hitech-count"',
      },
    ]);
  });
});
