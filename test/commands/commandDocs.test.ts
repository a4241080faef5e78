import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandTableMarkdown, takenBy, withCommandTable } from '../../src/commands/commandDocs.js';
import { COMMANDS } from '../../src/commands/table.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

describe('the README command table', () => {
  it('is the one generated from the command table (npm run readme:commands regenerates it)', () => {
    const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    expect(withCommandTable(readme), 'the README lacks the command table markers').not.toBeNull();
    expect(readme).toBe(withCommandTable(readme));
  });

  it('has a row for each command with its usage and exit codes, and one for each global option', () => {
    const rows = commandTableMarkdown().split('\n');
    expect(rows).toContain(
      "| `policy-explorer compare INDICATOR\\|CATEGORY [--format md\\|tsv\\|csv\\|json\\|xlsx] [--output FILE] [--bom]` | an indicator's or category's " +
        'figures place × year, a row a figure; figures not comparable with the rest are marked (`comparable: false` in TSV, CSV and JSON); ' +
        "TSV and CSV have the export contract's columns (below), then `place_name` and `comparable`; JSON keeps the place × year rows, " +
        'each figure with its document, section, quote and place code; Markdown gives each figure its source and quote, marks an ' +
        'inferred year `*`, and lists the sources | 0; 1 unknown id, or the output cannot be written; ' +
        '2 bad format, --bom without --format csv or tsv, or --format xlsx to a terminal |',
    );
    expect(rows[2]).toMatch(/^\| `policy-explorer \[--lang en\\\|zh\]/u);
    for (const command of COMMANDS)
      expect(
        rows.some((row) => row.startsWith(`| \`policy-explorer ${command.name} `)),
        command.name,
      ).toBe(true);
    expect(rows.find((row) => row.startsWith('| `--include-proposed`'))).toContain(
      'The explorer and every command but `validate`, `ingest` and `review` take it',
    );
  });

  it('says in words which commands take a global option', () => {
    expect(takenBy(undefined)).toBe('Every command takes it');
    expect(takenBy(['explorer'])).toBe('The explorer takes it');
    expect(takenBy(['explorer', 'show'])).toBe('The explorer and `show` take it');
    expect(takenBy(['export', 'show', 'validate'])).toBe('`export`, `validate` and `show` take it');
    expect(takenBy(COMMANDS.map((c) => c.name))).toBe('Every command takes it');
  });
});
