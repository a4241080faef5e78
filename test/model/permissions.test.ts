import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';
import { DatasetCopy } from '../helpers.js';

/**
 * Paths the file system refuses with EACCES. The tests may run as root, which reads a
 * folder or file whatever its permissions, so the refusal is made by the file system
 * functions the loader calls rather than by chmod.
 */
const denied = vi.hoisted(() => new Set<string>());

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const guard =
    <A extends unknown[], R>(syscall: string, call: (path: string, ...rest: A) => R) =>
    (path: string, ...rest: A): R => {
      if (denied.has(String(path))) {
        throw Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), { code: 'EACCES', errno: -13, syscall, path });
      }
      return call(path, ...rest);
    };
  return {
    ...fs,
    readdirSync: guard('scandir', fs.readdirSync as (path: string) => string[]),
    openSync: guard('open', fs.openSync as (path: string, flags: number) => number),
  };
});

describe('a folder or file that may not be read', () => {
  it('is a problem naming its path, and validate exits 1', () => {
    const copy = new DatasetCopy();
    denied.add(copy.path('documents'));
    denied.add(copy.path('topics.yaml'));
    const result = copy.load();
    denied.clear();
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/\/documents$/u), message: 'cannot be read (EACCES: permission denied)' }),
      expect.objectContaining({ file: expect.stringMatching(/\/topics\.yaml$/u), message: 'cannot be read (EACCES: permission denied)' }),
    ]);
    const { output, exitCode } = validateCommand(result);
    expect(exitCode).toBe(1);
    expect(output).toContain(`${join(copy.dir, 'documents')}:1:1: cannot be read (EACCES: permission denied)\n`);
  });
});
