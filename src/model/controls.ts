/**
 * Characters no text of the data may hold, since the explorer and the commands print the
 * data to a terminal: C0 controls, DEL and C1 controls (ESC or CSI would let a value move
 * the cursor, clear the screen or set the window title), and the bidirectional overrides
 * and isolates, which make a terminal show text in another order than it is. A line break
 * or a tab is refused as well: no value of the data spans lines, and a tab has no width a
 * terminal layout can count on.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');

const codePoint = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first control character of a text: its code point ("U+001B") and where it is, counted as a person counts characters. */
export function firstControl(text: string): { code: string; character: number } | undefined {
  const match = CONTROL.exec(text);
  return match ? { code: codePoint(match[0]), character: [...text.slice(0, match.index)].length + 1 } : undefined;
}

/** A text with each control character written as its code point, so that a message can quote anything. */
export function visible(text: string): string {
  return text.replace(CONTROLS, (char) => `<${codePoint(char)}>`);
}
