import { UsageError } from '../args.js';
import { formatValue } from '../model/figureText.js';
import { folderFigures } from '../review/linkFigures.js';
import { baseYear, keyByYears, linkRefusal, otherOf, suggestLinks, type LinkFigure, type LinkKey } from '../review/links.js';
import type { Review } from '../review/session.js';
import type { Decision } from '../review/write.js';

/**
 * `review DIR --links ID` and `--link FIGURE=TARGET`: the figures of the folder that may be
 * read against a target, and a link written. The link goes on the reported figure, as
 * progress_of or baseline_of by its year against the target's base year; what the link rules
 * refuse is a usage error that says why, and nothing is written.
 */

const ROLE: Record<LinkKey, string> = { progress_of: 'reports on', baseline_of: 'is the baseline of' };

const said = (f: LinkFigure) => `${f.fact.id}  ${f.fact.kind} ${f.fact.year}  ${formatValue(f.fact)}  ${f.document}`;

/** The suggestions for one figure, a line each with why, or as JSON. */
export function linksListing(review: Review, id: string, json: boolean): string {
  const figures = folderFigures(review);
  const found = suggestLinks(figures, id);
  if (found === undefined)
    throw new UsageError(
      `--links names "${id}", which is no figure in ${review.dir}; list the proposals with "policy-explorer review ${review.dir}"`,
    );
  if (json) {
    const rows = found.map((s) => ({
      figure: s.figure.fact.id,
      target: s.target.fact.id,
      key: s.key,
      document: otherOf(s, id).document,
      why: s.why,
      refusal: s.refusal,
    }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const one = figures.find((f) => f.fact.id === id)!;
  const [noun, rest] =
    one.fact.kind === 'target' ? ['figure', 'that may report on it or be its baseline'] : ['target', 'it may report on or start'];
  const what = `${noun}${found.length === 1 ? '' : 's'} ${rest}`;
  if (found.length === 0) return `${said(one)}  ${one.fact.metric.zh}\nno ${what} in ${review.dir}\n`;
  const lines = found.flatMap((s) => {
    const other = otherOf(s, id);
    const role = `${s.figure.fact.id} ${ROLE[s.key]} ${s.target.fact.id} (${s.key})`;
    return [
      `${said(other)}  ${other.fact.metric.zh}`,
      `    ${role}: ${s.why.join('; ')}`,
      ...(s.refusal === null ? [] : [`    refused: ${s.refusal}`]),
    ];
  });
  return `${[`${said(one)}  ${one.fact.metric.zh}: ${found.length} ${what}, those that can be linked first:`, ...lines].join('\n')}\n`;
}

/** What `--link FIGURE=TARGET` writes and on which document, or a usage error saying what the rules refuse. */
export function linkDecision(
  review: Review,
  spec: string,
): { document: string; decision: Extract<Decision, { type: 'link' }>; said: string } | { already: string } {
  const at = spec.indexOf('=');
  const [figureId, targetId] = at < 0 ? [spec, ''] : [spec.slice(0, at).trim(), spec.slice(at + 1).trim()];
  if (figureId === '' || targetId === '')
    throw new UsageError(`--link takes FIGURE=TARGET, the reported figure, then the target it reports on or starts (not "${spec}")`);
  const figures = folderFigures(review);
  const byId = (id: string) => {
    const f = figures.find((g) => g.fact.id === id);
    if (f === undefined)
      throw new UsageError(
        `--link names "${id}", which is no figure in ${review.dir}; "policy-explorer review ${review.dir} --links ${targetId}" lists what may be linked`,
      );
    return f;
  };
  const figure = byId(figureId);
  const target = byId(targetId);
  if (figure.fact.kind === 'target' && target.fact.kind === 'reported')
    throw new UsageError(`--link takes the reported figure first: "${figureId}" is the target, so write --link ${targetId}=${figureId}`);
  const base = baseYear(
    target,
    figures.filter((f) => f.fact.id !== figureId),
  );
  const key = keyByYears(figure, base);
  const refusal = linkRefusal(figure, target, key, base);
  if (refusal !== null) throw new UsageError(`--link ${spec}: ${refusal}`);
  const role = `${figureId} ${ROLE[key]} ${targetId} (${key})`;
  if (figure.fact[key] === targetId) return { already: `${role} already: nothing written` };
  return { document: figure.document, decision: { type: 'link', id: figureId, key, target: targetId }, said: role };
}
