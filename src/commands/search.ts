import type { Dataset } from '../model/types.js';
import { jsonSafe } from '../platform/output.js';
import { buildSearchIndex } from '../search/build.js';
import { SearchIndex, type SearchHit } from '../search/engine.js';
import type { ResultType } from '../search/records.js';

export const searchIndex = buildSearchIndex;

/** Ranked results, best first: JSON for scripts, or one aligned line each for people. */
export function searchCommand(
  source: Dataset | SearchIndex,
  query: string,
  options: { json: boolean; limit: number; types?: ResultType[] },
): string {
  const index = source instanceof SearchIndex ? source : searchIndex(source);
  const hits = index.search(query, { limit: options.limit, types: options.types });
  if (options.json) {
    const rows = hits.map((h: SearchHit) => ({
      type: h.type,
      id: h.id,
      score: h.score,
      label: h.label,
      ...(h.place !== undefined ? { place: h.place } : {}),
      ...(h.document !== undefined ? { document: h.document } : {}),
      ...(h.why !== undefined ? { why: h.why } : {}),
    }));
    return `${jsonSafe(JSON.stringify(rows, null, 2))}\n`;
  }
  if (hits.length === 0) return `no results for "${query}"\n`;
  const idWidth = Math.max(...hits.map((h) => h.id.length));
  return hits.map((h) => `${h.score.toFixed(3)}  ${h.type.padEnd(8)}  ${h.id.padEnd(idWidth)}  ${h.label}`).join('\n') + '\n';
}
