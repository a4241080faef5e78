/**
 * OSC 52 asks the terminal to put text on the clipboard: ESC ] 52 ; c ; <base64 of UTF-8> BEL.
 * It works over SSH and in most modern terminals; the terminal never confirms it. Inside
 * tmux an application's OSC 52 becomes a tmux buffer when `set-clipboard` is on; the DCS
 * passthrough form reaches the outer terminal only when tmux has `allow-passthrough` on.
 */

/** Terminals cap the sequence (kitty ~6 KB a chunk, tmux 3.3 drops ~1 MB); citations are far smaller. */
export const OSC52_MAX_BASE64 = 100_000;

export function osc52(text: string): string {
  return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** The same wrapped for tmux passthrough: ESC P tmux; <sequence with ESC doubled> ESC \ */
export function tmuxPassthrough(sequence: string): string {
  return `\u001BPtmux;${sequence.replace(/\u001B/gu, '\u001B\u001B')}\u001B\\`;
}

export function fitsOsc52(text: string): boolean {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / 3) * 4 <= OSC52_MAX_BASE64;
}
