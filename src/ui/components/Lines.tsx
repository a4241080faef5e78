import { Box, Text } from 'ink';
import { fitLine, type Line } from '../lines.js';
import { toneProps, useTheme } from '../theme.js';

/** Lines, each fitted to exactly `width` columns here so Ink never wraps or cuts them; `selected` lines are drawn inverse (dimmed when unfocused). */
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
        <Text key={i} wrap="truncate" inverse={i === selected} dimColor={i === selected && !focused}>
          {fitLine(line, width).map((s, j) => (
            <Text key={j} {...toneProps(s.tone, theme)}>
              {s.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
