// Rewrites one generated table of the README in place, whole (a temporary file, then rename),
// and says whether it changed: the key table and the command table are each kept so.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export function rewriteReadmeTable(name: string, withTable: (readme: string) => string | null): void {
  const readme = readFileSync('README.md', 'utf8');
  const updated = withTable(readme);
  if (updated === null) {
    process.stderr.write(`README.md has no ${name} markers; add them where the table belongs.\n`);
    process.exit(1);
  }
  if (updated !== readme) {
    writeFileSync('README.md.tmp', updated);
    renameSync('README.md.tmp', 'README.md');
  }
  process.stdout.write(updated === readme ? `README ${name} is current\n` : `README ${name} updated\n`);
}
