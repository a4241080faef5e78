import { Box, useApp } from 'ink';
import { useRef, useState } from 'react';
import { folderNames } from '../../review/names.js';
import type { Order, Review } from '../../review/session.js';
import { placesOf, runEffects } from './effects.js';
import { PickerView } from '../modes/picker/view.js';
import type { Lang } from '../strings.js';
import { Lines } from '../components/Lines.js';
import { useKeys, useTerminalSize, type Size } from '../input/keys.js';
import { commandFor } from '../keys/keymap.js';
import { initialReview, reviewMode, typingMode, type ReviewEffect, type ReviewState } from './reviewState.js';
import { reviewType, reviewUpdate } from './state.js';
import { reviewLines } from './view.js';

/**
 * The review screen: keys to commands by the one key table, commands to the next state by
 * `reviewUpdate`, and its effects (a decision written, undone, the folder read again) made by
 * `runEffects`, the only place that writes.
 */
export function ReviewApp({
  review,
  order,
  lang = 'en',
  size: fixedSize,
  onInterrupt,
}: {
  review: Review;
  order: Order;
  lang?: Lang;
  size?: Size;
  onInterrupt?: () => void;
}) {
  const [state, setState] = useState(() => ({
    ...initialReview(review, order, folderNames(review.dir), lang),
    places: placesOf(review.dir),
  }));
  const latest = useRef(state);
  // After q, keys still in the same read must decide nothing (a file written after quitting).
  const quitting = useRef(false);
  const size = useTerminalSize(fixedSize);
  const { exit } = useApp();

  const run = (effects: readonly ReviewEffect[], from: ReviewState): ReviewState =>
    runEffects(effects, from, () => {
      quitting.current = true;
      exit();
    });

  const take = (input: string, key: Parameters<typeof commandFor>[2]) => {
    const mode = reviewMode(latest.current);
    const command = commandFor(mode, input, key);
    if (command === 'interrupt') onInterrupt?.();
    let next: ReviewState;
    if (command) {
      const { state: s, effects } = reviewUpdate(latest.current, command, pickerRows(size.rows));
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
        {state.picker ? (
          <PickerView picker={state.picker} lang={state.lang} width={width} height={height - 1 - lines.status.length} />
        ) : (
          <Lines lines={lines.body} width={width} />
        )}
      </Box>
      <Lines lines={lines.status} width={width} />
    </Box>
  );
}

/** The rows a field's list shows: the screen's less its title and status lines. */
const pickerRows = (rows: number) => Math.max(1, rows - 4);
