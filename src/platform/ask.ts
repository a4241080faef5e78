import { readSync } from 'node:fs';

/**
 * Asks a question on stderr and reads one line from the terminal on stdin, in the terminal's
 * own line editing (the command line does not put it in raw mode). Returns undefined at the
 * end of input (Ctrl-D) or when stdin cannot be read.
 */
export function askAtTerminal(question: string, write: (text: string) => void): string | undefined {
  write(question);
  const byte = Buffer.alloc(1);
  const line: number[] = [];
  for (;;) {
    let n: number;
    try {
      n = readSync(0, byte, 0, 1, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      return undefined;
    }
    if (n === 0) return line.length > 0 ? Buffer.from(line).toString('utf8') : undefined;
    if (byte[0] === 0x0a) return Buffer.from(line).toString('utf8').replace(/\r$/u, '');
    line.push(byte[0]!);
  }
}
