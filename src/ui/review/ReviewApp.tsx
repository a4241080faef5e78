import { Box, useApp } from 'ink';
import { useRef, useState } from 'react';
import { folderNames } from '../../review/names.js';
import { decide, readReview, undo, type Order, type Review } from '../../review/session.js';
import { Lines } from '../components/Lines.js';
import { useKeys, useTerminalSize, type Size } from '../input/keys.js';
import { commandFor } from '../keys/keymap.js';
import { initialReview, reread, reviewMode, reviewType, reviewUpdate, typingMode, type ReviewEffect, type ReviewState } from './state.js';
import { reviewLines } from './view.js';

/**
 * The review screen: keys to commands by the one key table, commands to the next state by
 * `reviewUpdate`, and its effects (a decision written, undone, the folder read again) made
 * here, the only place that writes.
 */
export function ReviewApp({
  review,
  order,
  size: fixedSize,
  onInterrupt,
}: {
  review: Review;
  order: Order;
  size?: Size;
  onInterrupt?: () => void;
}) {
  const [state, setState] = useState(() => initialReview(review, order, folderNames(review.dir)));
  const latest = useRef(state);
  // After q, keys still in the same read must decide nothing (a file written after quitting).
  const quitting = useRef(false);
  const size = useTerminalSize(fixedSize);
  const { exit } = useApp();

  const run = (effects: readonly ReviewEffect[], from: ReviewState): ReviewState => {
    let next = from;
    for (const effect of effects) {
      const dir = next.review.dir;
      if (effect.type === 'quit') {
        quitting.current = true;
        exit();
      } else if (effect.type === 'reorder') {
        next = reread(next, readReview(dir, effect.order), null);
      } else if (effect.type === 'undo') {
        const [last, ...rest] = next.done;
        const outcome = undo(dir, last!.outcome);
        // Undone, the proposal is back, and shown again.
        next =
          'written' in outcome
            ? reread(next, readReview(dir, next.order), 'undone', rest, last!.id)
            : { ...next, message: messageOf(outcome) };
      } else {
        const doc = next.review.documents.find((d) => d.id === effect.document)!;
        const outcome = decide(dir, doc.file, effect.decision);
        if ('written' in outcome) {
          const id = 'id' in effect.decision ? effect.decision.id : null;
          next = reread(next, readReview(dir, next.order), saidOf(effect), [{ outcome, id }, ...next.done]);
        } else {
          // A file changed on disk is read again; a decision that left a problem was undone.
          next = { ...reread(next, readReview(dir, next.order), null), message: messageOf(outcome) };
        }
      }
    }
    return next;
  };

  const take = (input: string, key: Parameters<typeof commandFor>[2]) => {
    const mode = reviewMode(latest.current);
    const command = commandFor(mode, input, key);
    if (command === 'interrupt') onInterrupt?.();
    let next: ReviewState;
    if (command) {
      const { state: s, effects } = reviewUpdate(latest.current, command);
      next = run(effects, s);
    } else if (typingMode(mode) && input !== '' && !key.ctrl && !key.meta) {
      next = reviewType(latest.current, input);
    } else return;
    latest.current = next;
    setState(next);
  };

  const typing = () => typingMode(reviewMode(latest.current));
  useKeys(
    (event) => {
      if (quitting.current) return;
      if (event.kind === 'key') return take(event.input, event.key);
      // Text typed ahead or pasted goes into the field being edited; a paste anywhere else decides nothing.
      if (!typing()) return;
      latest.current = reviewType(latest.current, event.text);
      setState(latest.current);
    },
    { takesText: typing },
  );

  const width = Math.max(20, size.columns);
  const height = Math.max(4, size.rows - 1);
  const lines = reviewLines(state, width, height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[lines.title]} width={width} />
      <Box height={height - 1 - lines.status.length} flexDirection="column">
        <Lines lines={lines.body} width={width} />
      </Box>
      <Lines lines={lines.status} width={width} />
    </Box>
  );
}

function messageOf(outcome: { conflict: string } | { problem: string }): string {
  return 'conflict' in outcome ? outcome.conflict : `not written: ${outcome.problem}`;
}

function saidOf(effect: Extract<ReviewEffect, { type: 'decide' }>): string {
  const d = effect.decision;
  return d.type === 'accept'
    ? 'accepted'
    : d.type === 'reject'
      ? 'rejected'
      : d.type === 'edit'
        ? 'edited'
        : `accepted all of ${effect.document}`;
}
