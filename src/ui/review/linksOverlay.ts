import { folderFigures } from '../../review/linkFigures.js';
import { suggestLinks } from '../../review/links.js';
import type { Command } from '../keys/words.js';
import type { ReviewEffect, ReviewState } from './reviewState.js';
import { rt } from './words.js';

/**
 * The links overlay of the review: the figures of the folder that may report on the proposal
 * shown (a target) or be its baseline, or the targets of a reported one, as the review layer
 * suggests them; Enter writes the link under the cursor as a decision, which u takes back.
 */

/** The overlay opened on the proposal shown: its suggestions read from the folder as the review last read it. */
export function openLinks(state: ReviewState): ReviewState {
  const id = state.current;
  if (id === null) return state;
  const suggestions = suggestLinks(folderFigures(state.review), id) ?? [];
  return { ...state, links: { id, suggestions, cursor: 0 }, message: null };
}

export function linksUpdate(state: ReviewState, command: Command): { state: ReviewState; effects: ReviewEffect[] } {
  const links = state.links!;
  const none = (s: ReviewState) => ({ state: s, effects: [] as ReviewEffect[] });
  if (command === 'close') return none({ ...state, links: null });
  if (command === 'up' || command === 'down') {
    const cursor = Math.min(Math.max(0, links.suggestions.length - 1), Math.max(0, links.cursor + (command === 'down' ? 1 : -1)));
    return none({ ...state, links: { ...links, cursor } });
  }
  if (command !== 'choose') return none(state);
  const s = links.suggestions[links.cursor];
  if (s === undefined) return none(state);
  // What the rules would refuse is said, and the list stays for another choice.
  if (s.refusal !== null) return none({ ...state, message: rt('notLinked', state.lang, { why: s.refusal }) });
  const decision = { type: 'link', id: s.figure.fact.id, key: s.key, target: s.target.fact.id } as const;
  return { state: { ...state, links: null }, effects: [{ type: 'decide', document: s.figure.document, decision }] };
}
