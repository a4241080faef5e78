import { Box } from 'ink';
import { copyWhat } from '../../copy/text.js';
import type { CopyChoice } from '../../copy/types.js';
import { seg, type Line } from '../../text/lines.js';
import { t, type Lang } from '../../strings.js';
import { Lines } from '../../components/Lines.js';

/** "reference-list entry · in Chinese": a citation's format, and its language where it has one. */
export function choiceLabel(choice: CopyChoice, lang: Lang): string {
  // A document has no quote: its Markdown is a reference, and says so.
  const md = choice.format === 'md' && choice.target.kind === 'document';
  const format = t(md ? 'format-md-document' : `format-${choice.format}`, lang);
  return choice.lang === undefined ? format : `${format} · ${t(`citeIn-${choice.lang}`, lang)}`;
}

/** What `C` can copy: the item in focus in its formats, then the collection in view as a table. */
/** "copy a table of 34 figures"; "复制表格（34 项数据）", spaced only before a number, as Chinese sets digits apart. */
function copyHeading(c: CopyChoice, lang: Lang): string {
  const what = copyWhat(c.target, lang);
  return lang === 'zh' && !/^\d/u.test(what) ? `${t('copyAs', lang)}${what}` : `${t('copyAs', lang)} ${what}`;
}

export function Chooser({
  choices,
  cursor,
  lang,
  width,
  height,
}: {
  choices: readonly CopyChoice[];
  cursor: number;
  lang: Lang;
  width: number;
  height: number;
}) {
  const lines: Line[] = [];
  let cursorLine = 0;
  choices.forEach((c, i) => {
    if (i === 0 || c.target !== choices[i - 1]!.target) lines.push([], [seg(copyHeading(c, lang), 'bold')]);
    if (i === cursor) cursorLine = lines.length;
    lines.push([seg(i === cursor ? '› ' : '  ', 'accent'), seg(choiceLabel(c, lang), i === cursor ? 'current' : 'plain')]);
  });
  // The hint stays on top; below it, as many lines as fit, scrolled so the cursor's line shows.
  const room = Math.max(1, height - 1);
  const top = Math.min(Math.max(0, cursorLine - room + 1), Math.max(0, lines.length - room));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Lines lines={[[seg(t('chooserHint', lang), 'dim')], ...lines.slice(top, top + room)]} width={width} />
    </Box>
  );
}
