import { saveTarget, saveTargetOf } from '../../copy/saving.js';
import { copyChoices, copying } from '../../copy/targets.js';
import type { Command } from '../../keys/words.js';
import { moved } from '../../state/navigation.js';
import type { Queries } from '../../state/selectors.js';
import type { OverlayOf, Step, UiState } from '../../state/types.js';
import { t } from '../../strings.js';
import { askToSave } from '../save/reducer.js';

type Chooser = OverlayOf<'chooser'>;

/** The chooser opened over what is on screen with the ways to copy what is in view; with none, a notice says there is nothing to copy. */
export function openChooser(state: UiState, q: Queries): UiState {
  const choices = copyChoices(state, q);
  return choices.length
    ? { ...state, overlay: { kind: 'chooser', choices, cursor: 0, over: state.overlay } }
    : { ...state, notice: t('nothingToCopy', state.lang) };
}

/** Move between the formats, or close the chooser; Enter is `copyChosen`. */
export function choosingFormat(state: UiState, chooser: Chooser, command: Command): UiState {
  const cursor = moved(command, chooser.cursor, { first: 0, last: chooser.choices.length - 1, page: 1 });
  if (cursor !== null) return { ...state, overlay: { ...chooser, cursor } };
  return command === 'close' ? { ...state, overlay: chooser.over } : state;
}

/** Enter: the chooser closes and the chosen format is copied, or the save box opens on the same collection. */
export function copyChosen(state: UiState, chooser: Chooser, q: Queries): Step {
  const closed = { ...state, overlay: chooser.over };
  const choice = chooser.choices[chooser.cursor];
  if (choice?.format === 'save') {
    // The list in view is named as the save key names it (figures, timeline, search…).
    const inView = choice.target.kind === 'list' ? saveTarget(closed, q) : null;
    return askToSave(closed, inView?.target.kind === 'list' ? inView : saveTargetOf(choice.target));
  }
  return { state: closed, effects: choice ? copying(closed, choice).effects : [] };
}
