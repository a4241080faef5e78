import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { buildSearchIndex } from '../search/build.js';
import { SearchIndex, type SearchAnswer, type SearchHit } from '../search/engine.js';
import { placeName } from '../search/places.js';
import type { ResultType } from '../search/records.js';

export const searchIndex = buildSearchIndex;

/** Whether some result matches every word of the query: the search's exit status is 0 then, 1 otherwise, as grep's. */
export const answered = (answer: SearchAnswer): boolean => answer.hits.some((h) => h.unmatched === undefined);

/**
 * Ranked results, best first: JSON for scripts, or one aligned line each for people, and the
 * real places the query names that the data has no figures of. `code` is the exit status.
 */
export function searchCommand(
  source: Dataset | SearchIndex,
  query: string,
  options: { json: boolean; limit: number; types?: ResultType[] },
): { text: string; code: number } {
  const index = source instanceof SearchIndex ? source : searchIndex(source);
  const answer = index.answer(query, { limit: options.limit, types: options.types });
  const code = answered(answer) ? 0 : 1;
  if (options.json) {
    const results = answer.hits.map((h: SearchHit) => ({
      type: h.type,
      id: h.id,
      score: h.score,
      label: h.label,
      ...(h.place !== undefined ? { place: h.place } : {}),
      ...(h.document !== undefined ? { document: h.document } : {}),
      ...(h.why !== undefined ? { why: h.why } : {}),
      unmatched: h.unmatched ?? [],
    }));
    const body = {
      results,
      unmatched: answer.unmatched,
      places_not_in_data: answer.placesNotInData.map(({ word, name, english, code }) => ({ word, name, english, code })),
    };
    return { text: `${jsonSafe(JSON.stringify(body, null, 2))}\n`, code };
  }
  const notes = answer.placesNotInData.map((p) => `no figures for ${placeName(p)} in this data\n`).join('');
  const { hits } = answer;
  if (hits.length === 0) return { text: `${notes}no results for "${query}"\n`, code };
  const idWidth = Math.max(...hits.map((h) => h.id.length));
  const line = (h: SearchHit) =>
    `${h.score.toFixed(3)}  ${h.type.padEnd(8)}  ${h.id.padEnd(idWidth)}  ${h.label}${h.unmatched ? `  (no match for ${h.unmatched.join(', ')})` : ''}`;
  return { text: notes + hits.map(line).join('\n') + '\n', code };
}
