import { statesNumber } from '../model/quote.js';
import type { Draft } from './document.js';
import { occurrencesIn } from './figures/occurrences.js';

/**
 * A figure the dataset's checks would refuse is no proposal: it goes to the skipped list with
 * why. Its quote is counted in the text through the text's suffix array, not by searching the
 * whole text for each quote, which for a text of figures took time in the square of its length.
 */
export function checked(draft: Draft, text: string): Draft {
  const found = occurrencesIn(text);
  const proposals = [];
  const skipped = [...draft.skipped];
  for (const p of draft.proposals) {
    const times = found.count(p.quote);
    const numbers = [p.value, p.value_min, p.value_max].filter((v) => v !== undefined);
    let why: string | undefined;
    if (times !== 1) why = times === 0 ? 'its quote is not in the clean text' : `its quote is found ${times} times in the text`;
    else if (!numbers.every((v) => statesNumber(p.quote, v))) why = 'its quote does not state the number as read';
    else if (p.unit !== '' && !p.quote.includes(p.unit)) why = 'its quote does not hold the unit';
    if (why === undefined) proposals.push(p);
    else skipped.push({ text: String(p.value ?? `${p.value_min}–${p.value_max}`) + p.unit, quote: p.quote, why });
  }
  // A baseline whose target was moved to the skipped list links to nothing.
  const kept = new Set(proposals.map((p) => p.id));
  const linked = proposals.map(({ baseline_of, ...p }) =>
    baseline_of === undefined || kept.has(baseline_of) ? { ...p, ...(baseline_of ? { baseline_of } : {}) } : p,
  );
  return { proposals: linked, skipped };
}
