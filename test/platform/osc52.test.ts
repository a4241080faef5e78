import { describe, expect, it } from 'vitest';
import { fitsOsc52, OSC52_MAX_BASE64, osc52, tmuxPassthrough } from '../../src/platform/osc52.js';

describe('OSC 52', () => {
  it('carries the UTF-8 bytes base64-encoded, ending in BEL', () => {
    const text = '南宁市 · 高新技术企业数量: 1,729 家 — “高新技術企業1729家”';
    const seq = osc52(text);
    const match = /^\u001B\]52;c;([A-Za-z0-9+/=]+)\u0007$/u.exec(seq);
    expect(match).not.toBeNull();
    expect(Buffer.from(match![1]!, 'base64').toString('utf8')).toBe(text);
  });

  it('wraps for tmux passthrough with every ESC doubled', () => {
    const wrapped = tmuxPassthrough(osc52('a'));
    expect(wrapped.startsWith('\u001BPtmux;\u001B\u001B]52;c;')).toBe(true);
    expect(wrapped.endsWith('\u0007\u001B\\')).toBe(true);
    expect(wrapped.slice('\u001BPtmux;'.length, -2).replace(/\u001B\u001B/gu, '')).not.toContain('\u001B');
  });

  it('knows when text is too long for terminals to take', () => {
    expect(fitsOsc52('x'.repeat(1000))).toBe(true);
    // Base64 is 4 characters for every 3 bytes; a CJK character is 3 bytes.
    expect(fitsOsc52('高'.repeat(OSC52_MAX_BASE64 / 4))).toBe(true);
    expect(fitsOsc52('高'.repeat(OSC52_MAX_BASE64 / 4 + 1))).toBe(false);
  });
});
