import { describe, expect, it } from 'vitest';
import { jsonSafe, OutputError, visible, writeAll, type WriteFn } from '../../src/platform/output.js';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, write`), { code });
}

/**
 * A device that takes at most `perCall` bytes a call, as write(2) may, and fails with
 * ENOSPC once `capacity` bytes are in: a full disk without filling a real one, so the
 * partial writes are the ones this loop must handle, not whatever the host's disk does.
 */
function device(perCall: number, capacity = Infinity) {
  const chunks: Buffer[] = [];
  let calls = 0;
  const write: WriteFn = (_fd, buffer, offset, length) => {
    calls++;
    const size = chunks.reduce((n, c) => n + c.length, 0);
    if (size >= capacity) throw errno('ENOSPC');
    const n = Math.min(length, perCall, capacity - size);
    chunks.push(Buffer.from(buffer.subarray(offset, offset + n)));
    return n;
  };
  return { write, written: () => Buffer.concat(chunks).toString('utf8'), calls: () => calls };
}

describe('writeAll', () => {
  const text = '高新技术企业 1729 家\n'.repeat(50);

  it('keeps writing after a short write until every byte is in', () => {
    const d = device(7);
    writeAll(1, text, { write: d.write });
    expect(d.written()).toBe(text);
    expect(d.calls()).toBe(Math.ceil(Buffer.byteLength(text) / 7));
  });

  it('throws ENOSPC, with how much got through, when the device fills after a partial write', () => {
    const d = device(100, 250);
    let error: unknown;
    try {
      writeAll(1, text, { write: d.write });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect(error).toMatchObject({ code: 'ENOSPC', written: 250, message: 'no space left on device (ENOSPC)' });
  });

  it.each(['EPIPE', 'EIO', 'EFBIG', 'EBADF'])('reports %s with its code', (code) => {
    const write: WriteFn = () => {
      throw errno(code);
    };
    expect(() => writeAll(1, 'x', { write })).toThrow(expect.objectContaining({ code, written: 0 }));
  });

  it('waits out EAGAIN from a non-blocking pipe with growing pauses, and goes on', () => {
    const d = device(10);
    let refusals = 4;
    const write: WriteFn = (...args) => {
      if (refusals-- > 0) throw errno('EAGAIN');
      return d.write(...args);
    };
    const pauses: number[] = [];
    writeAll(1, text, { write, sleep: (ms) => pauses.push(ms) });
    expect(d.written()).toBe(text);
    expect(pauses).toEqual([1, 2, 4, 8]);
  });

  it('gives up with EAGAIN when the pipe takes nothing for the whole stall limit', () => {
    const write: WriteFn = () => {
      throw errno('EAGAIN');
    };
    let slept = 0;
    expect(() => writeAll(1, text, { write, sleep: (ms) => (slept += ms), stallLimitMs: 1000 })).toThrow(
      expect.objectContaining({ code: 'EAGAIN', written: 0 }),
    );
    expect(slept).toBeGreaterThanOrEqual(1000);
    expect(slept).toBeLessThan(1100);
  });

  it('lets an error without an errno code through as it is: that is a bug, not a device', () => {
    const write: WriteFn = () => {
      throw new TypeError('not a buffer');
    };
    expect(() => writeAll(1, 'x', { write })).toThrow(TypeError);
  });
});

describe('visible', () => {
  it.each([
    ['ESC', '\u001B[31m', '\\u001B[31m'],
    ['NUL and BEL', 'a\u0000b\u0007', 'a\\u0000b\\u0007'],
    ['backspace, vertical tab and form feed', '\b\v\f', '\\u0008\\u000B\\u000C'],
    ['a lone CR', 'fake\rreal', 'fake\\u000Dreal'],
    ['DEL', 'x\u007F', 'x\\u007F'],
    ['C1, such as the one-byte CSI', '\u0080\u0085\u009B2J\u009F', '\\u0080\\u0085\\u009B2J\\u009F'],
    ['bidi embeddings and overrides', '\u202A\u202B\u202C\u202D\u202E', '\\u202A\\u202B\\u202C\\u202D\\u202E'],
    ['bidi isolates', '\u2066\u2067\u2068\u2069', '\\u2066\\u2067\\u2068\\u2069'],
  ])('writes out %s', (_what, text, shown) => {
    expect(visible(text)).toBe(shown);
  });

  it('keeps newlines, tabs, CRLF line ends and everything printable around what it writes out', () => {
    const text = '南宁 · 高新技术企业:\t1729 家\r\n“quote” — é ✓ 😀\n\u00A0\u2028';
    expect(visible(`${text}\r\u001B${text}`)).toBe(`${text}\\u000D\\u001B${text}`);
  });
});

describe('jsonSafe', () => {
  const text = 'a\u007Fb\u0085c\u202Ed\u2069e\u001Bf\n高';

  it('escapes DEL, C1 and bidi controls that JSON.stringify leaves raw, and parses back to the same value', () => {
    const json = JSON.stringify({ text, list: [text] }, null, 2);
    expect(json).toMatch(/[\u007F\u0085\u202E\u2069]/u);
    const safe = jsonSafe(json);
    expect(safe).not.toMatch(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
    expect(safe).toContain('a\\u007Fb\\u0085c\\u202Ed\\u2069e\\u001bf\\n高');
    expect(JSON.parse(safe)).toEqual({ text, list: [text] });
  });
});
