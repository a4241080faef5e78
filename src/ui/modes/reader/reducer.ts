import type { Command } from '../../keys/words.js';
import { jumpTo, lineOf, moved, readerAt } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { Screen, UiState } from '../../state/types.js';
import { findCommand } from '../find/reducer.js';

/**
 * The reader's keys: scrolling by line and page, n and N through the figures in the text
 * (from the view, once it is scrolled away from the current one), Enter on the figure, and the find's keys.
 */
export function reader(state: UiState, q: Queries, command: Command): UiState | undefined {
  const found = findCommand(state, q, command);
  if (found) return found;
  const screen = state.screen as Extract<Screen, { kind: 'reader' }>;
  const lines = q.readerLines(screen.document, state.viewport.readerWidth);
  const rows = state.viewport.rows;
  const maxTop = Math.max(0, lines.length - rows);
  const top = lineOf(lines, screen.anchor);
  const facts = q.readerFacts(screen.document);
  const showFact = (fact: number) => {
    const line = lineOf(lines, facts[fact]!.span[0]);
    const visible = line >= top && line < top + rows;
    return { ...state, screen: visible ? { ...screen, fact } : readerAt(state, q, screen.document, fact) };
  };
  const to = moved(command, top, { first: 0, last: maxTop, page: rows });
  if (to !== null) return { ...state, screen: { ...screen, anchor: lines[to]!.start } };
  const lineOfFact = (fact: number) => lineOf(lines, facts[fact]!.span[0]);
  // Scrolled away from the current figure, n and N step from the view: the first figure in it, the last before it.
  const inView = screen.fact >= 0 && lineOfFact(screen.fact) >= top && lineOfFact(screen.fact) < top + rows;
  switch (command) {
    case 'nextFact': {
      if (facts.length === 0) return state;
      if (inView) return showFact(Math.min(facts.length - 1, screen.fact + 1));
      const after = facts.findIndex((_, i) => lineOfFact(i) >= top);
      return showFact(after < 0 ? facts.length - 1 : after);
    }
    case 'prevFact': {
      if (facts.length === 0) return state;
      if (inView) return showFact(Math.max(0, screen.fact - 1));
      const before = facts.findLastIndex((_, i) => lineOfFact(i) < top);
      return showFact(Math.max(0, before));
    }
    case 'open':
      return screen.fact >= 0 ? jumpTo(state, q, facts[screen.fact]!.id) : state;
    default:
      return undefined;
  }
}
