// Rewrites the README's key table from the key table in src/ui/keys/table.ts (npm run readme:keys).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { withKeyTable } from '../src/ui/keys/docs.js';

const readme = readFileSync('README.md', 'utf8');
const updated = withKeyTable(readme);
if (updated === null) {
  process.stderr.write('README.md has no key table markers; add them where the table belongs.\n');
  process.exit(1);
}
if (updated !== readme) {
  writeFileSync('README.md.tmp', updated);
  renameSync('README.md.tmp', 'README.md');
}
process.stdout.write(updated === readme ? 'README key table is current\n' : 'README key table updated\n');
