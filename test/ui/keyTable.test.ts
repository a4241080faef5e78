import { describe, expect, it } from 'vitest';
import { BINDINGS, MODE_SCOPES, SCOPE_TITLES, SCOPES, type Mode, type Scope } from '../../src/ui/keys/table.js';
import { MODES } from '../../src/ui/modes.js';

describe('the key table composed from what each mode declares', () => {
  it('titles every scope a binding or a mode names, for the help and the README', () => {
    const named = new Set<Scope>([...BINDINGS.flatMap((b) => b.scopes), ...Object.values(MODE_SCOPES).flat()]);
    for (const scope of named) {
      expect(SCOPE_TITLES[scope], scope).toBeDefined();
      expect(SCOPES, scope).toContain(scope);
    }
  });

  it('gives every mode of the explorer the scopes it listens to', () => {
    for (const mode of Object.keys(MODES) as Mode[]) expect(MODE_SCOPES[mode], mode).not.toHaveLength(0);
  });
});
