import Fuse from 'fuse.js';
import { editFilter } from './text/query.js';
import { BINDINGS, MODE_SCOPES, type Binding, type Command, type Mode } from './keys.js';
import { bindingsOf } from './keymap.js';
import { inputMode } from './modes.js';
import { moved } from './state/navigation.js';
import type { Overlay, UiState } from './state/types.js';

/**
 * The command palette (`:`, Ctrl-P): the commands of the mode underneath, from the key table,
 * filtered fuzzily by what is typed. Pure: the reducer moves and edits it, the view draws it,
 * and Enter hands the chosen command to `update` as its key would.
 */

/**
 * Commands no palette row should offer: the text-editing keys (they act on the palette's own
 * box), the palette itself, and single-line moves, which take longer to find by name than to
 * press and would crowd every list; paging and first/last stay, as jumps.
 */
/**
 * The longest filter the palette keeps: a command's words are shorter, and a fuzzy match
 * costs time with the pattern's length (a pasted page took seconds a key).
 */
export const PALETTE_QUERY = 60;

const LEFT_OUT: ReadonlySet<Command> = new Set<Command>(['deleteChar', 'deleteWord', 'clearQuery', 'palette', 'up', 'down']);

/**
 * The bindings live in `mode`, in the key table's order, one per command: the first scope that has the
 * command wins, as it would for its key. A binding whose keys an earlier scope takes for
 * something else is shadowed there (n steps matches after a find, not figures) and is left out.
 */
function entriesOf(mode: Mode): Binding[] {
  const entries: Binding[] = [];
  const taken = new Set<string>();
  for (const scope of MODE_SCOPES[mode]) {
    const bindings = bindingsOf(scope);
    for (const binding of bindings) {
      const shadowed = binding.keys.every((spec) => taken.has(JSON.stringify(spec)));
      if (!LEFT_OUT.has(binding.command) && !shadowed && !entries.some((e) => e.command === binding.command)) entries.push(binding);
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
    const keys = ['description.en', 'description.zh', 'command', 'label'];
    found = { entries, fuse: new Fuse(entries, { keys, threshold: 0.4, ignoreLocation: true, ignoreFieldNorm: true }) };
    made.set(mode, found);
  }
  return found;
}

/** The mode under the palette: whose commands it offers. */
export function paletteMode(state: UiState): Mode {
  return inputMode({ ...state, overlay: state.overlay?.kind === 'palette' ? state.overlay.over : state.overlay });
}

/** The rows the palette shows: all of the mode's commands in table order, or the best matches of the query first. */
export function paletteRows(state: UiState): readonly Binding[] {
  const { entries, fuse } = searchable(paletteMode(state));
  const query = state.overlay?.kind === 'palette' ? state.overlay.query.trim() : '';
  return query === '' ? entries : fuse.search(query).map((r) => r.item);
}

/** The command Enter runs: the row under the cursor, if any row is left. */
export function paletteChoice(state: UiState): Command | null {
  return paletteRows(state)[state.overlay?.kind === 'palette' ? state.overlay.cursor : 0]?.command ?? null;
}

/** Keys while the palette is open: move, edit the filter, or close; Enter (`choose`) is `update`'s. */
export function palette(state: UiState, open: Extract<Overlay, { kind: 'palette' }>, command: Command): UiState {
  const last = paletteRows(state).length - 1;
  const cursor = moved(command, open.cursor, { first: 0, last, page: state.viewport.rows });
  if (cursor !== null) return { ...state, overlay: { ...open, cursor } };
  const closed = () => ({ ...state, overlay: open.over });
  if (command === 'close') return closed();
  return editFilter<UiState>(open.query, command, (query) => ({ ...state, overlay: { ...open, query, cursor: 0 } }), closed) ?? state;
}
