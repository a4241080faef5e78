import { Box, Text } from 'ink';
import { fitLine, type Line } from '../text/lines.js';
import { toneProps, useTheme } from './theme.js';

/**
 * Lines, each fitted to exactly `width` columns here so Ink never wraps or cuts them. The
 * `selected` line is drawn inverse while its pane has the focus, and only dimmed while another
 * pane has it: inverse says where the keys go.
 */
export function Lines({
  lines,
  width,
  selected = -1,
  focused = true,
}: {
  lines: readonly Line[];
  width: number;
  selected?: number;
  focused?: boolean;
}) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate" inverse={i === selected && focused}>
          {/* Dimmed segment by segment: a bold segment's end would end an outer dim too. */}
          {fitLine(i === selected && !focused ? line.map((s) => ({ ...s, tone: 'dim' as const })) : line, width).map((s, j) => (
            <Text key={j} {...toneProps(s.tone, theme)}>
              {s.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
