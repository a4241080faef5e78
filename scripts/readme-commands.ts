// Rewrites the README's command table from the command table in src/commands/table.ts (npm run readme:commands).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { withCommandTable } from '../src/commands/commandDocs.js';

const readme = readFileSync('README.md', 'utf8');
const updated = withCommandTable(readme);
if (updated === null) {
  process.stderr.write('README.md has no command table markers; add them where the table belongs.\n');
  process.exit(1);
}
if (updated !== readme) {
  writeFileSync('README.md.tmp', updated);
  renameSync('README.md.tmp', 'README.md');
}
process.stdout.write(updated === readme ? 'README command table is current\n' : 'README command table updated\n');
