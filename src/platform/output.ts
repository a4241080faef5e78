import { writeSync } from 'node:fs';
import { getSystemErrorMap } from 'node:util';

/** fs.writeSync's shape: returns how many bytes the system took, which may be fewer than asked. */
export type WriteFn = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

/** Writing to a file descriptor failed; `code` is the errno name (ENOSPC, EPIPE, …). */
export class OutputError extends Error {
  constructor(
    readonly code: string,
    /** How many bytes had gone through before the failure. */
    readonly written: number,
  ) {
    super(`${describeErrno(code)} (${code})`);
    this.name = 'OutputError';
  }
}

/** The system's wording for an errno name, e.g. "no space left on device" for ENOSPC. */
export function describeErrno(code: string): string {
  for (const [name, message] of getSystemErrorMap().values()) if (name === code) return message;
  return 'unknown error';
}

export interface WriteAllOptions {
  write?: WriteFn;
  /** Blocks for about `ms` milliseconds. */
  sleep?: (ms: number) => void;
  /** How long to keep retrying a descriptor that takes no byte at all before giving up with EAGAIN. */
  stallLimitMs?: number;
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  // Nothing ever notifies this cell, so the wait always runs to its timeout: a sleep that
  // blocks without spinning the CPU, which a synchronous write loop needs.
  Atomics.wait(pause, 0, 0, ms);
}

const FIRST_WAIT_MS = 1;
const LONGEST_WAIT_MS = 50;

/**
 * Writes every byte of `data` to `fd`, or throws an OutputError.
 *
 * write(2) may take fewer bytes than asked (a nearly full disk takes what fits, then fails
 * with ENOSPC on the next call); Node's stdout for files ignores that count, and lost the
 * end of an export without a word. This loop keeps writing from where the last call
 * stopped. A pipe that another process set non-blocking answers EAGAIN while its reader
 * is behind: that is waited out with short, growing pauses, for at most `stallLimitMs`
 * without progress, so a reader that never reads cannot hang the command forever.
 */
export function writeAll(fd: number, data: string | Uint8Array, options: WriteAllOptions = {}): void {
  const write = options.write ?? writeSync;
  const sleep = options.sleep ?? sleepSync;
  const stallLimitMs = options.stallLimitMs ?? 60_000;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let offset = 0;
  let waited = 0;
  let wait = FIRST_WAIT_MS;
  while (offset < bytes.length) {
    let n: number;
    try {
      n = write(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Anything without an errno code is a bug here, not a failing device.
      if (code === undefined) throw error;
      if (code === 'EINTR') continue;
      if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK') throw new OutputError(code, offset);
      n = 0;
    }
    if (n > 0) {
      offset += n;
      waited = 0;
      wait = FIRST_WAIT_MS;
      continue;
    }
    if (waited >= stallLimitMs) throw new OutputError('EAGAIN', offset);
    sleep(wait);
    waited += wait;
    wait = Math.min(wait * 2, LONGEST_WAIT_MS);
  }
}

/*
 * Characters that act on a terminal instead of showing: C0 controls (ESC starts the
 * sequences that move the cursor, recolour or retitle the window), DEL, C1 controls (0x9B
 * is a one-byte CSI to some terminals) and the bidi embeddings, overrides and isolates that
 * can make a line read in an order other than its bytes'. Newline and tab are kept: they
 * only move the cursor forward, and multi-line output and TSV need them; so is CR right
 * before LF (CSV's line end), while a lone CR, which returns to overwrite the line, is not.
 */
const TERMINAL_UNSAFE = /\r(?!\n)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
// JSON.stringify already escapes C0 controls (and so every CR, tab and newline inside a string).
const JSON_UNSAFE = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/*
 * Written as \uXXXX, the notation JSON and JavaScript use, so it reads as the character it
 * stands for; plain ASCII that every font has, one width everywhere. Control pictures such
 * as ␛ exist for C0 alone, and may themselves be in the data.
 */
function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text for a terminal, with every character that would act on it rather than show written out. */
export function visible(text: string): string {
  return text.replace(TERMINAL_UNSAFE, escapeChar);
}

/**
 * JSON text with DEL, C1 and bidi controls escaped too. They can stand only inside strings,
 * so this changes no structure, and the text parses to exactly the same values.
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, escapeChar);
}

/** Pieces of text joined into blocks of about 64 KiB: a system call a block, not a piece, and never the whole. */
export function* inBlocks(pieces: Iterable<string>, size = 65_536): Generator<string> {
  let block = '';
  for (const piece of pieces) {
    block += piece;
    if (block.length >= size) {
      yield block;
      block = '';
    }
  }
  if (block !== '') yield block;
}
