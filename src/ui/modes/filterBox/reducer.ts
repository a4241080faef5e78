import type { FactFilter } from '../../../model/filter.js';
import { sameUnit } from '../../../model/progress.js';
import { isProblem, readBound, readYearRange, type Problem } from '../../../model/filterText.js';
import type { Command } from '../../keys/words.js';
import type { Queries } from '../../state/selectors.js';
import type { OverlayOf, UiState } from '../../state/types.js';
import { tf, type Lang } from '../../strings.js';
import { appendQuery, editOf, editQuery } from '../../text/query.js';
import { filtered } from '../global/filtered.js';
import type { FilterBoxState } from './state.js';

type Box = OverlayOf<'filterBox'>;

/** What the box shows for the filter in force, so Enter alone keeps it and editing starts from it. */
function shownNow(filter: FactFilter, field: FilterBoxState['field']): string {
  if (field === 'years') {
    const { from = null, to = null } = filter.years ?? {};
    if (from === null && to === null) return '';
    return from === to ? String(from) : `${from ?? ''}-${to ?? ''}`;
  }
  const n = filter.values?.[field] ?? null;
  if (n === null) return '';
  const unit = filter.values?.unit;
  return unit ? `${n} ${unit}` : String(n);
}

export function openFilterBox(state: UiState, field: FilterBoxState['field']): UiState {
  return { ...state, overlay: { kind: 'filterBox', field, text: shownNow(state.filter, field), problem: null, over: state.overlay } };
}

/** Keys in the box: Esc closes it, the editing keys edit the text (it keeps every other key but Enter). */
export function editingFilter(state: UiState, box: Box, command: Command): UiState {
  if (command === 'close') return { ...state, overlay: box.over };
  const edit = editOf(command);
  return edit ? { ...state, overlay: { ...box, text: editQuery(box.text, edit), problem: null } } : state;
}

export function typeIntoFilter(state: UiState, box: Box, text: string): UiState {
  return { ...state, overlay: { ...box, text: appendQuery(box.text, text, 40).query, problem: null } };
}

function said(problem: Problem, lang: Lang): string {
  return problem.problem === 'backwards'
    ? tf('problem-backwards', lang, { from: problem.from, to: problem.to })
    : tf(`problem-${problem.problem}`, lang, { text: problem.text });
}

/** The units the figures are written in, most used first: what a unit typed must be one of. */
function unitsOf(q: Queries): string[] {
  const counts = new Map<string, number>();
  for (const f of q.dataset.facts) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([unit]) => unit);
}

/** The filter the box's text makes, or why the text will not do. */
function applied(box: Box, filter: FactFilter, q: Queries, lang: Lang): FactFilter | string {
  if (box.field === 'years') {
    const years = readYearRange(box.text);
    return isProblem(years) ? said(years, lang) : { ...filter, years };
  }
  const bound = readBound(box.text);
  if (isProblem(bound)) return said(bound, lang);
  const now = filter.values ?? { min: null, max: null, unit: null };
  if (bound !== null && bound.unit !== null) {
    const units = unitsOf(q);
    if (!units.some((unit) => sameUnit(unit, bound.unit!)))
      return tf('problem-unknownUnit', lang, { unit: bound.unit, units: units.slice(0, 8).join(' ') });
  }
  // The bounds share one unit: a unit typed applies to both, none typed keeps the one in force.
  const values = { ...now, [box.field]: bound?.n ?? null, unit: bound === null ? now.unit : (bound.unit ?? now.unit) };
  if (values.min !== null && values.max !== null && values.min > values.max)
    return tf('problem-crossed', lang, { min: values.min, max: values.max });
  return { ...filter, values: values.min === null && values.max === null ? null : values };
}

/** Enter: the filter applied and the box closed, or the box kept with what is wrong. */
export function submitFilter(state: UiState, box: Box, q: Queries): UiState {
  const filter = applied(box, state.filter, q, state.lang);
  if (typeof filter === 'string') return { ...state, overlay: { ...box, problem: filter } };
  return filtered({ ...state, overlay: box.over }, { filter });
}
