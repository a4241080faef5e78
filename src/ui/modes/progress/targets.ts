import { progressOfTarget, type TargetProgress } from '../../../model/indicators.js';
import type { Fact } from '../../../model/types.js';
import type { Queries } from '../../state/selectors.js';
import type { View } from '../../state/types.js';

/**
 * The targets the Figures list shows under its filters and order, each with its progress:
 * what the progress screen draws, its cursor moves through, and the save key writes.
 */

/** The last answer, kept while the list it came from is the same array (the queries keep it per filter and order). */
let last: { facts: readonly Fact[]; rows: TargetProgress[] } | undefined;

export function progressInView(view: View, q: Queries): TargetProgress[] {
  const facts = q.facts(view.filter, view.order);
  if (last?.facts !== facts) last = { facts, rows: facts.filter((f) => f.kind === 'target').map((f) => progressOfTarget(q.dataset, f)) };
  return last.rows;
}
