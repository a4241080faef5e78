import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';
import { decodeUtf8, likelyEncoding, SEED_LIMIT, YAML_LIMIT } from '../../src/model/files.js';
import type { LoadResult } from '../../src/model/load.js';
import type { Problem } from '../../src/model/types.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { DatasetCopy } from '../helpers.js';

const PRESS = 'documents/nanning-press-2024.yaml';
const PRESS_SEED = '000_460f0e1b014ac56f.txt';

/** The problems of a load that must fail, and the proof that `validate` exits 1 with them rather than throwing. */
function problemsOf(result: LoadResult): Problem[] {
  expect(result.ok).toBe(false);
  expect(validateCommand(result).exitCode).toBe(1);
  return result.ok ? [] : result.problems;
}

/**
 * Loads in a child process, so that a loader blocked on a FIFO or reading /dev/zero without
 * end fails the test when the child is stopped, rather than hanging the suite.
 */
function loadInChild(copy: DatasetCopy): LoadResult {
  const location = JSON.stringify({ folders: [{ dataDir: copy.dir, seedsDir: copy.seedsDir }] });
  const script = `import { loadDataset } from ${JSON.stringify(join(PACKAGE_ROOT, 'src/model/load.ts'))};
    process.stdout.write(JSON.stringify(loadDataset(${location})));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    timeout: 15_000,
  });
  expect(child.signal, 'the loader did not finish').toBeNull();
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as LoadResult;
}

const at = (file: RegExp, message: string | RegExp) =>
  expect.objectContaining({
    file: expect.stringMatching(file),
    message: typeof message === 'string' ? message : expect.stringMatching(message),
  });

describe('the loader reads only regular files, and says which path is not one', () => {
  it('a FIFO, a link to /dev/zero and a folder named like a document, without hanging', () => {
    const copy = new DatasetCopy({ seeds: true });
    spawnSync('mkfifo', [copy.path('places.yaml.fifo')]);
    rmSync(copy.path('places.yaml'));
    renameSync(copy.path('places.yaml.fifo'), copy.path('places.yaml'));
    rmSync(copy.path('topics.yaml'));
    symlinkSync('/dev/zero', copy.path('topics.yaml'));
    rmSync(copy.path(PRESS));
    symlinkSync('/dev/zero', copy.path(PRESS));
    mkdirSync(copy.path('documents/x.yaml'));
    rmSync(join(copy.seedsDir, '002_c2e15af26f8a97f6.txt'));
    spawnSync('mkfifo', [join(copy.seedsDir, '002_c2e15af26f8a97f6.txt')]);

    const problems = problemsOf(loadInChild(copy));
    expect(problems).toEqual(
      expect.arrayContaining([
        at(/\/places\.yaml$/u, 'is not a regular file (it is a FIFO)'),
        at(/\/topics\.yaml$/u, 'is not a regular file (it is a device)'),
        at(/\/nanning-press-2024\.yaml$/u, 'is not a regular file (it is a device)'),
        at(/\/documents\/x\.yaml$/u, 'is not a regular file (it is a folder)'),
        at(/\/yangzhou-news-2024\.yaml$/u, 'seed: 002_c2e15af26f8a97f6.txt is not a regular file (it is a FIFO)'),
      ]),
    );
  });

  it('a seed that is a folder', () => {
    const copy = new DatasetCopy({ seeds: true });
    rmSync(join(copy.seedsDir, PRESS_SEED));
    mkdirSync(join(copy.seedsDir, PRESS_SEED));
    expect(problemsOf(copy.load())).toEqual([
      at(/nanning-press-2024\.yaml$/u, `seed: ${PRESS_SEED} is not a regular file (it is a folder)`),
    ]);
  });
});

describe('documents/ that cannot be listed is a problem, not an exception', () => {
  it('a file where the folder should be', () => {
    const copy = new DatasetCopy();
    rmSync(copy.path('documents'), { recursive: true });
    writeFileSync(copy.path('documents'), 'not a folder\n');
    expect(problemsOf(copy.load())).toEqual([at(/\/documents$/u, 'is not a folder')]);
  });

  it('a path through a file (ENOTDIR)', () => {
    // Running as root, a folder without permissions is read all the same, so the failure of a
    // folder that cannot be read is made with a link whose target runs through a file.
    const copy = new DatasetCopy();
    rmSync(copy.path('documents'), { recursive: true });
    symlinkSync(copy.path('places.yaml/documents'), copy.path('documents'));
    expect(problemsOf(copy.load())).toEqual([at(/\/documents$/u, 'cannot be read (ENOTDIR: not a directory)')]);
  });
});

describe('read errors name the path', () => {
  it('a link loop (ELOOP), for a data file and a seed', () => {
    const copy = new DatasetCopy({ seeds: true });
    rmSync(copy.path('categories.yaml'));
    symlinkSync(copy.path('categories.yaml'), copy.path('categories.yaml'));
    rmSync(join(copy.seedsDir, PRESS_SEED));
    symlinkSync(join(copy.seedsDir, PRESS_SEED), join(copy.seedsDir, PRESS_SEED));
    expect(problemsOf(copy.load())).toEqual([
      at(/\/categories\.yaml$/u, 'cannot be read (ELOOP: too many symbolic links encountered)'),
      at(/nanning-press-2024\.yaml$/u, `seed: ${PRESS_SEED} cannot be read (ELOOP: too many symbolic links encountered)`),
    ]);
  });

  it('a missing data file', () => {
    const copy = new DatasetCopy();
    rmSync(copy.path('topics.yaml'));
    expect(problemsOf(copy.load())).toEqual([at(/\/topics\.yaml$/u, 'cannot be read (ENOENT: no such file or directory)')]);
  });
});

describe('sizes are checked before reading', () => {
  it('a YAML file over the limit', () => {
    const copy = new DatasetCopy();
    const text = copy.read('places.yaml');
    copy.write('places.yaml', text + `#${'x'.repeat(YAML_LIMIT - Buffer.byteLength(text) - 1)}\n`);
    expect(problemsOf(copy.load())).toEqual([at(/\/places\.yaml$/u, `is larger than the 1 MiB limit (${YAML_LIMIT + 1} bytes)`)]);
  });

  it('a seed over the limit', () => {
    const copy = new DatasetCopy({ seeds: true });
    writeFileSync(join(copy.seedsDir, PRESS_SEED), Buffer.alloc(SEED_LIMIT + 1, 'x'));
    expect(problemsOf(copy.load())).toEqual([
      at(/nanning-press-2024\.yaml$/u, `seed: ${PRESS_SEED} is larger than the 8 MiB limit (${SEED_LIMIT + 1} bytes)`),
    ]);
  });
});

describe('document files', () => {
  it('are found whatever the case of their extension', () => {
    const copy = new DatasetCopy();
    renameSync(copy.path(PRESS), copy.path('documents/NANNING-PRESS.YAML'));
    renameSync(copy.path('documents/yangzhou-news-2024.yaml'), copy.path('documents/yangzhou.Yml'));
    const result = copy.load();
    expect(result.ok && result.dataset.documents.map((d) => d.id).sort()).toEqual([
      'guangxi-reply-2023',
      'liangqing-news-2022',
      'nanning-plan-2021',
      'nanning-press-2024',
      'yangzhou-news-2024',
    ]);
  });
});

describe('seeds', () => {
  it('that are not UTF-8 are a problem with the offset of the first bad byte, not text with U+FFFD in it', () => {
    const copy = new DatasetCopy({ seeds: true });
    const path = join(copy.seedsDir, PRESS_SEED);
    const bytes = readFileSync(path);
    // A GBK byte in the middle of the article: the seed still cleans, and no quote is hit.
    const offset = bytes.indexOf('10月31日,廣西舉行') + Buffer.byteLength('10月31日,廣西舉行');
    writeFileSync(path, Buffer.concat([bytes.subarray(0, offset), Buffer.from([0xb8]), bytes.subarray(offset)]));
    const line = copy.read(PRESS).split('\n').indexOf(`seed: ${PRESS_SEED}`) + 1;
    expect(problemsOf(copy.load())).toEqual([
      {
        file: expect.stringMatching(/nanning-press-2024\.yaml$/u),
        line,
        col: 7,
        message: `seed: ${PRESS_SEED} is not valid UTF-8 (at byte ${offset + 1}); convert it first, e.g. iconv -f GBK -t UTF-8`,
      },
    ]);
  });

  it('saved as UTF-16 are told to be converted from UTF-16, not from GBK', () => {
    const copy = new DatasetCopy({ seeds: true });
    const path = join(copy.seedsDir, PRESS_SEED);
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path, 'utf8'), 'utf16le')]));
    expect(problemsOf(copy.load()).map((p) => p.message)).toEqual([
      `seed: ${PRESS_SEED} is not valid UTF-8 (at byte 1); convert it first, e.g. iconv -f UTF-16LE -t UTF-8`,
    ]);
  });
});

describe('likelyEncoding', () => {
  const utf16 = (text: string) => {
    const le = Buffer.from(text, 'utf16le');
    return { le, be: Buffer.from(le).swap16() };
  };
  const { le, be } = utf16('2023年,全市高新技术企业达1800家。\n一、目标\n');
  // Chinese alone has no NUL byte: only the mark can tell.
  const chinese = utf16('高新技术企业');

  it.each([
    ['UTF-16LE by its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), chinese.le]), 'UTF-16LE'],
    ['UTF-16BE by its byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), chinese.be]), 'UTF-16BE'],
    ['UTF-16LE without a mark, by the NUL after each ASCII byte', le, 'UTF-16LE'],
    ['UTF-16BE without a mark, by the NUL before each ASCII byte', be, 'UTF-16BE'],
    ['GBK, which holds no NUL', Buffer.from([0x32, 0x30, 0xc4, 0xea, 0xb8, 0xdf, 0xd0, 0xc2, 0x0a]), 'GBK'],
  ])('names %s, with the command that converts it', (_what, bytes, encoding) => {
    expect(likelyEncoding(bytes)).toEqual({ encoding, iconv: `iconv -f ${encoding} -t UTF-8` });
  });
});

describe('decodeUtf8', () => {
  it.each([
    ['a lone continuation byte', [0x61, 0xb8, 0x62], 1],
    ['a sequence broken off by ASCII', [0x61, 0xe4, 0x41], 1],
    ['a sequence broken off after valid ones', [0x61, 0xe4, 0xb8, 0xad, 0xe4, 0xb8, 0x41], 4],
    ['a sequence cut short by the end', [0x61, 0xf0, 0x9f, 0x98], 1],
    ['an overlong encoding', [0xc0, 0x80], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
  ])('finds the first bad byte: %s', (_what, bytes, badByte) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toEqual({ badByte });
  });

  it('drops a byte order mark', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
  });
});
