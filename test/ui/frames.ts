import chalk from 'chalk';

// With colour forced, frames carry the inverse video that marks the selected row, so tests
// can read which row is selected rather than trust the status bar.
chalk.level = 1;

const INVERSE_ON = '\u001B[7m';
const INVERSE_OFF = '\u001B[27m';
const RESET = '\u001B[0m';

/** The text of a frame's line that is shown in inverse video ('' when none is). */
export function inverseText(line: string): string {
  let inverse = false;
  let text = '';
  for (const part of line.split(/(\u001B\[[0-9;]*m)/u)) {
    if (part === INVERSE_ON) inverse = true;
    else if (part === INVERSE_OFF || part === RESET) inverse = false;
    else if (inverse && !part.startsWith('\u001B')) text += part;
  }
  return text;
}

/** The lines of a frame drawn in inverse video, trimmed, from line `from` on. */
export function selectedLines(frame: string, from = 0): string[] {
  return frame
    .split('\n')
    .slice(from)
    .map((line) => inverseText(line).trim())
    .filter((text) => text !== '');
}
