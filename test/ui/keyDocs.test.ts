import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { withKeyTable } from '../../src/ui/keys/docs.js';

describe('the README key table', () => {
  it('is the one generated from the bindings (npm run readme:keys regenerates it)', () => {
    const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    expect(withKeyTable(readme), 'the README lacks the key table markers').not.toBeNull();
    expect(readme).toBe(withKeyTable(readme));
  });
});
