/**
 * Which figure answers a query that does not say which kind it wants ("how many high-tech
 * enterprises does Nanning have", 南宁有多少家高新技术企业): what was last reported, before a
 * target. A small lift, below any difference in how well the words match, that orders figures
 * which match alike. A reported figure that a target starts from (its baseline) is still what
 * the place has: it is not lowered.
 */

const KIND_LIFT = { reported: 0.02, target: 0.01 } as const;
/** Each year nearer the latest of the data lifts a figure by this much, over the last five years. */
const YEAR_LIFT = 0.002;

/** The lift of a record of this kind and year, the data's latest year being `latest`. */
export function kindPreference(record: { readonly kind?: keyof typeof KIND_LIFT; readonly year?: number }, latest: number): number {
  if (record.kind === undefined) return 0;
  const kind = record.kind;
  const recent = record.year === undefined ? 0 : Math.max(0, 5 - (latest - record.year)) * YEAR_LIFT;
  return KIND_LIFT[kind] + recent;
}
