import Fuse from 'fuse.js';
import { bindingsOf } from '../../keys/keymap.js';
import { BINDINGS, MODE_SCOPES } from '../../keys/table.js';
import type { Binding, Command, Mode } from '../../keys/words.js';
import { inputMode } from '../../state/mode.js';
import type { OverlayOf, UiState } from '../../state/types.js';

/**
 * The command palette's rows (`:`, Ctrl-P): the commands of the mode underneath, from the key
 * table, filtered fuzzily by what is typed. Pure: the reducer moves and edits the palette,
 * the view draws it, and Enter hands the chosen command to `update` as its key would.
 */

type Palette = OverlayOf<'palette'>;

/**
 * The longest filter the palette keeps: a command's words are shorter, and a fuzzy match
 * costs time with the pattern's length (a pasted page took seconds a key).
 */
export const PALETTE_QUERY = 60;

/**
 * The bindings live in `mode`, in the key table's order, one per command: the first scope that has the
 * command wins, as it would for its key. A binding whose keys an earlier scope takes for
 * something else is shadowed there (n steps matches after a find, not figures) and is left
 * out, as are those the table keeps out of the palette.
 */
function entriesOf(mode: Mode): Binding[] {
  const entries: Binding[] = [];
  const taken = new Set<string>();
  for (const scope of MODE_SCOPES[mode]) {
    const bindings = bindingsOf(scope);
    for (const binding of bindings) {
      // A command with no key of its own has none to lose to another scope.
      const shadowed = binding.keys.length > 0 && binding.keys.every((spec) => taken.has(JSON.stringify(spec)));
      if (binding.palette !== false && !shadowed && !entries.some((e) => e.command === binding.command)) entries.push(binding);
    }
    for (const binding of bindings) for (const spec of binding.keys) taken.add(JSON.stringify(spec));
  }
  return entries.sort((a, b) => BINDINGS.indexOf(a) - BINDINGS.indexOf(b));
}

interface Searchable {
  readonly entries: readonly Binding[];
  readonly fuse: Fuse<Binding>;
}

const made = new Map<Mode, Searchable>();

/** Each mode's rows and their index, made on the palette's first opening in that mode. */
function searchable(mode: Mode): Searchable {
  let found = made.get(mode);
  if (!found) {
    const entries = entriesOf(mode);
    // Where a word stands in a description, and how long the description is, say nothing about
    // how well it names the command: equal matches keep the table's order.
    const keys = ['description.en', 'description.zh', 'words.en', 'words.zh', 'command', 'label'];
    found = { entries, fuse: new Fuse(entries, { keys, threshold: 0.4, ignoreLocation: true, ignoreFieldNorm: true }) };
    made.set(mode, found);
  }
  return found;
}

/** The mode under the palette: whose commands it offers. */
export function paletteMode(state: UiState, palette: Palette): Mode {
  return inputMode({ ...state, overlay: palette.over });
}

/** The rows the palette shows: all of the mode's commands in table order, or the best matches of the query first. */
export function paletteRows(state: UiState, palette: Palette): readonly Binding[] {
  const { entries, fuse } = searchable(paletteMode(state, palette));
  const query = palette.query.trim();
  return query === '' ? entries : fuse.search(query).map((r) => r.item);
}

/** The command Enter runs: the row under the cursor, if any row is left. */
export function paletteChoice(state: UiState, palette: Palette): Command | null {
  return paletteRows(state, palette)[palette.cursor]?.command ?? null;
}
