import { BINDINGS, SCOPE_TITLES, SCOPES, bindingsOf } from './keys.js';
import { columns, seg, type Line } from './lines.js';
import type { Lang } from './strings.js';
import { displayWidth } from './text.js';

/**
 * The help overlay's content, generated from the key table: a heading per scope and a line
 * per binding. Pure, so the reducer can scroll it and tests can read it without a terminal.
 */

const KEY_WIDTH = Math.max(...BINDINGS.map((b) => b.label.length)) + 2;
const LONGEST = Math.max(...BINDINGS.flatMap((b) => [displayWidth(b.description.en), displayWidth(b.description.zh)]));

/** Two columns only where both have room for every description whole: padding 2, gutter 2. */
export const HELP_TWO_COLUMNS = 2 * (KEY_WIDTH + 1 + LONGEST) + 4;

export function helpLines(lang: Lang, width: number): Line[] {
  const lines: Line[] = [];
  for (const scope of SCOPES) {
    if (lines.length > 0) lines.push([]);
    lines.push([seg(SCOPE_TITLES[scope][lang], 'bold')]);
    for (const b of bindingsOf(scope)) {
      lines.push(
        columns([
          { text: b.label, width: KEY_WIDTH, tone: 'accent' },
          { text: b.description[lang], width: Math.max(0, width - KEY_WIDTH - 1) },
        ]),
      );
    }
  }
  return lines;
}

export const HELP_LINE_COUNT = helpLines('en', 80).length;

/** How the help is cut into columns for a body `width` × `rows` (rows below its title line). */
export function helpPage(width: number, rows: number) {
  const count = width >= HELP_TWO_COLUMNS ? 2 : 1;
  const columnWidth = count === 2 ? Math.floor((width - 2 - 2) / 2) : width - 2;
  const perPage = Math.max(1, rows) * count;
  return { count, columnWidth, rows: Math.max(1, rows), maxTop: Math.max(0, HELP_LINE_COUNT - perPage) };
}
