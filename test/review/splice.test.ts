import { describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap } from 'yaml';
import { setKey, spliced } from '../../src/review/splice.js';

const set = (text: string, key: string, value: unknown) =>
  spliced(text, [setKey(text, parseDocument(text).contents as YAMLMap, key, value)]);

describe('setting a key in a YAML text', () => {
  it('replaces the value where it stands, leaving its spacing and comment', () => {
    expect(set('kind: target   # checked\nyear: 2025\n', 'kind', 'reported')).toBe('kind: reported   # checked\nyear: 2025\n');
  });

  it('adds a new key on a line of its own after the last, with or without a final line break', () => {
    expect(set('kind: target\n\n# end\n', 'year', 2025)).toBe('kind: target\nyear: 2025\n\n# end\n');
    expect(set('kind: target', 'year', 2025)).toBe('kind: target\nyear: 2025\n');
  });
});
