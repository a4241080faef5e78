import stringWidth from 'string-width';
import { simpleColumns } from './text.js';

/** Colours and weights: the only escape sequences in the lines Ink measures. */
const SGR = /\u001b\[(?:\d{1,4}(?:;\d{0,4})*)?m/gu;

/**
 * string-width as Ink measures with it (the build gives it to Ink's imports of string-width).
 * Ink measures every line and every character of a frame, and string-width tests each
 * grapheme of text that is not ASCII against the RGI emoji set, whose pattern V8 compiles the
 * first time: ~35 ms before the first frame. Text of characters that are graphemes of their
 * own (simpleWidth) is summed instead, after its colours and weights are taken out, which is
 * what string-width takes out of such text; any other text, or any option, is string-width's.
 */
export default function inkStringWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (options === undefined && typeof text === 'string') {
    const columns = simpleColumns(text.includes('\u001b') ? text.replace(SGR, '') : text);
    if (columns >= 0) return columns;
  }
  return stringWidth(text, options);
}
