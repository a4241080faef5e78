import { DocumentFileSchema } from '../model/schema.js';
import { quickValue } from '../model/source.js';
import { factsOf, ordered, readReview, type Order, type Proposal, type Review } from './session.js';
import { type Outcome } from './write.js';

/**
 * The review after a decision, from the one document it wrote rather than the whole folder
 * read again: a decision changes a document's facts, never its seed or recipe, so the clean
 * and raw texts are kept and only the facts are read from the text written. A decision not
 * written leaves the review as it was, but for a file changed on disk (or one left holding a
 * decision that could not be taken back), after which the folder is read again, as then
 * anything in it may have changed.
 */
export function afterDecision(review: Review, outcome: Outcome, order: Order): Review {
  if ('problem' in outcome && outcome.held !== true) return review;
  if (!('written' in outcome)) return readReview(review.dir, order);
  const { written } = outcome;
  const at = review.documents.findIndex((d) => d.file.path === written.path);
  const quick = quickValue(written.text);
  const parsed = quick && DocumentFileSchema.safeParse(quick.value);
  // What the quick reading cannot take (an alias, a control character) the full reading says.
  if (at === -1 || !parsed?.success) return readReview(review.dir, order);
  const doc = parsed.data;
  const before = review.documents[at]!;
  const { proposed, ...counts } = factsOf(doc);
  const document = { ...before, id: doc.id, file: written, ...counts };
  const documents = review.documents.with(at, document);
  const proposals: Proposal[] = review.proposals.filter((p) => p.file !== written.path);
  for (const fact of proposed) proposals.push({ document: doc.id, file: written.path, fact, at: document.text.indexOf(fact.quote) });
  return { ...review, documents, proposals: ordered(documents, proposals, order) };
}
