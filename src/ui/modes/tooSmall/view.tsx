import { Lines } from '../../components/Lines.js';
import type { ModeViewProps } from '../../state/mode.js';
import { t } from '../../strings.js';
import { seg } from '../../text/lines.js';
import { wrap } from '../../text/wrap.js';

/** On a terminal too small for the panes, what it needs, and its size now, within the rows it has. */
export function TooSmall({ state, width, height }: ModeViewProps) {
  const room = Math.max(2, width);
  const message = wrap(t('tooSmall', state.lang), room).map((l) => [seg(l.text, 'warn')]);
  return <Lines lines={[...message, [seg(`${width}×${height}`, 'dim')]].slice(0, Math.max(1, height - 1))} width={room} />;
}
