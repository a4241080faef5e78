import { createContext, useContext } from 'react';
import type { TextProps } from 'ink';
import type { Tone } from '../text/lines.js';

/**
 * Styles that read on dark and light backgrounds alike: emphasis is carried by bold,
 * underline and inverse, colour only adds to it, and NO_COLOR takes colour away.
 */
export interface Theme {
  readonly color: boolean;
  /** Bars drawn with `#`, `-` and `|`, for terminals without block glyphs (see `asciiFromEnv`). */
  readonly ascii?: boolean;
}

export function themeFromEnv(env: NodeJS.ProcessEnv): Theme {
  return { color: env.NO_COLOR === undefined || env.NO_COLOR === '', ascii: asciiFromEnv(env) };
}

/**
 * Whether the charts draw in ASCII: POLICY_EXPLORER_ASCII=1 asks for it and =0 refuses it;
 * otherwise the Linux console (TERM=linux), whose font lacks most block and box glyphs, and
 * a locale set to a character set other than UTF-8 (LANG=C, en_US.ISO-8859-1) get it. An
 * unset locale does not: the explorer writes Chinese text in any case.
 */
export function asciiFromEnv(env: NodeJS.ProcessEnv): boolean {
  const asked = env.POLICY_EXPLORER_ASCII;
  if (asked === '1') return true;
  if (asked === '0') return false;
  if (env.TERM === 'linux') return true;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return locale !== undefined && locale !== '' && !/utf-?8/iu.test(locale);
}

export const ThemeContext = createContext<Theme>({ color: true });

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

export function toneProps(tone: Tone | undefined, theme: Theme): TextProps {
  switch (tone) {
    case 'dim':
      return { dimColor: true };
    case 'bold':
      return { bold: true };
    case 'accent':
      return theme.color ? { color: 'green' } : { bold: true };
    case 'mark':
      return theme.color ? { underline: true, color: 'magenta' } : { underline: true };
    case 'current':
      return { inverse: true };
    // A find's matches must stand out from the quotes' underline, and the current one from the current figure.
    case 'match':
      return { bold: true, underline: true, ...(theme.color ? { backgroundColor: 'yellow', color: 'black' } : {}) };
    case 'currentMatch':
      return { inverse: true, bold: true, underline: true, ...(theme.color ? { color: 'cyan' } : {}) };
    case 'warn':
      return theme.color ? { color: 'red', bold: true } : { bold: true };
    default:
      return {};
  }
}
