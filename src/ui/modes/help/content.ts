import { bindingsOf } from '../../keys/keymap.js';
import { BINDINGS, MODE_SCOPES, SCOPE_TITLES, SCOPES, type Binding, type Mode, type Scope } from '../../keys/table.js';
import type { Lang } from '../../strings.js';
import { seg, type Line } from '../../text/lines.js';
import { displayWidth, fitWidth } from '../../text/text.js';
import { wrap } from '../../text/wrap.js';

/**
 * The help overlay's content, generated from the key table: a heading per scope and a line
 * per binding, the keys of the screen it was opened from first. Pure, so the reducer can
 * scroll it and tests can read it without a terminal.
 */

const KEY_WIDTH = Math.max(...BINDINGS.map((b) => displayWidth(b.label))) + 2;
const LONGEST = Math.max(...BINDINGS.flatMap((b) => [displayWidth(b.description.en), displayWidth(b.description.zh)]));

/** Two columns only where both have room for every description whole: padding 2, gutter 2. */
export const HELP_TWO_COLUMNS = 2 * (KEY_WIDTH + 1 + LONGEST) + 4;

/** The scopes in the order the help lists them, opened from `mode`: the mode's own, the keys of every screen, then the rest. */
export function helpScopes(mode: Mode): Scope[] {
  const own = MODE_SCOPES[mode].filter((s) => s !== 'global');
  return [...own, 'global', ...SCOPES.filter((s) => s !== 'global' && !own.includes(s))];
}

/** Whether a binding answers a filter typed in the help: its keys, its words in either language, or its scope's name. */
function answers(b: Binding, scope: Scope, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const texts = [b.label, b.description.en, b.description.zh, SCOPE_TITLES[scope].en, SCOPE_TITLES[scope].zh];
  return texts.some((text) => text.toLowerCase().includes(q));
}

/**
 * The help's lines for a column `width` wide: each binding's keys, then its description,
 * wrapped under itself where the column is narrow, so that nothing is cut off.
 */
export function helpLines(mode: Mode, lang: Lang, query: string, width: number): Line[] {
  const lines: Line[] = [];
  const room = Math.max(8, width - KEY_WIDTH - 1);
  for (const scope of helpScopes(mode)) {
    const shown = bindingsOf(scope).filter((b) => answers(b, scope, query));
    if (shown.length === 0) continue;
    if (lines.length > 0) lines.push([]);
    lines.push([seg(SCOPE_TITLES[scope][lang], 'bold')]);
    for (const b of shown) {
      wrap(b.description[lang], room).forEach((l, i) => {
        lines.push([seg(fitWidth(i === 0 ? b.label : '', KEY_WIDTH), 'accent'), seg(' '), seg(l.text)]);
      });
    }
  }
  return lines;
}

export interface HelpView {
  readonly lines: Line[];
  /** Side by side where both fit, else one. */
  readonly columns: 1 | 2;
  readonly columnWidth: number;
  /** Lines in each column. */
  readonly rows: number;
  /** The last line the view can start at: the one that shows the end. */
  readonly maxTop: number;
}

/** The help opened from `mode`, filtered by `query`, for a body `width` × `rows` (rows below its title line). */
export function helpView(mode: Mode, lang: Lang, query: string, width: number, rows: number): HelpView {
  const columns = width >= HELP_TWO_COLUMNS ? 2 : 1;
  const columnWidth = columns === 2 ? Math.floor((width - 2 - 2) / 2) : width - 2;
  const lines = helpLines(mode, lang, query, columnWidth);
  const shown = Math.max(1, rows);
  return { lines, columns, columnWidth, rows: shown, maxTop: Math.max(0, lines.length - shown * columns) };
}
