import chalk from 'chalk';
import { displayWidth } from '../../src/ui/text/text.js';

// With colour forced, frames carry the inverse video that marks the selected row, so tests
// can read which row is selected rather than trust the status bar.
chalk.level = 1;

const RESET = '\u001B[0m';
/** The codes that turn an attribute on and off: inverse, and dim (whose end is bold's too). */
const INVERSE = { on: '\u001B[7m', off: '\u001B[27m' };
const DIM = { on: '\u001B[2m', off: '\u001B[22m' };

function textIn(line: string, style: { on: string; off: string }): string {
  let inside = false;
  let text = '';
  for (const part of line.split(/(\u001B\[[0-9;]*m)/u)) {
    if (part === style.on) inside = true;
    else if (part === style.off || part === RESET) inside = false;
    else if (inside && !part.startsWith('\u001B')) text += part;
  }
  return text;
}

/** The text of a frame's line that is shown in inverse video ('' when none is). */
export function inverseText(line: string): string {
  return textIn(line, INVERSE);
}

function linesIn(frame: string, style: { on: string; off: string }, from: number): string[] {
  return frame
    .split('\n')
    .slice(from)
    .map((line) => textIn(line, style).trim())
    .filter((text) => text !== '');
}

/** The lines of a frame drawn in inverse video, trimmed, from line `from` on. */
export function selectedLines(frame: string, from = 0): string[] {
  return linesIn(frame, INVERSE, from);
}

/** The dimmed text of each line of a frame, trimmed, from line `from` on. */
export function dimmedLines(frame: string, from = 0): string[] {
  return linesIn(frame, DIM, from);
}

/** A screen line from column `column` on, counted as the terminal counts them: what a pane on the right shows. */
export function fromColumn(line: string, column: number): string {
  let at = 0;
  let out = '';
  for (const c of line) {
    if (at >= column) out += c;
    at += displayWidth(c);
  }
  return out;
}
