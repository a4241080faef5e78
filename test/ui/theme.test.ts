import { describe, expect, it } from 'vitest';
import { asciiFromEnv, themeFromEnv } from '../../src/ui/components/theme.js';

describe('the theme from the environment', () => {
  it('NO_COLOR takes colour away, and only when set to something', () => {
    expect(themeFromEnv({ NO_COLOR: '1' }).color).toBe(false);
    expect(themeFromEnv({ NO_COLOR: '' }).color).toBe(true);
    expect(themeFromEnv({}).color).toBe(true);
  });

  it('draws ASCII bars when asked, on the Linux console, and under a locale that is not UTF-8', () => {
    expect(asciiFromEnv({ POLICY_EXPLORER_ASCII: '1' })).toBe(true);
    expect(asciiFromEnv({ POLICY_EXPLORER_ASCII: '0', TERM: 'linux' })).toBe(false);
    expect(asciiFromEnv({ TERM: 'linux' })).toBe(true);
    expect(asciiFromEnv({ LANG: 'C' })).toBe(true);
    expect(asciiFromEnv({ LANG: 'en_US.ISO-8859-1' })).toBe(true);
    expect(asciiFromEnv({ LC_ALL: 'C.UTF-8', LANG: 'C' })).toBe(false);
    expect(asciiFromEnv({ LANG: 'zh_CN.utf8' })).toBe(false);
    // No locale at all says nothing of the terminal: block glyphs, as for the Chinese text.
    expect(asciiFromEnv({ TERM: 'xterm-256color' })).toBe(false);
  });
});
