import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { quickValue } from '../../src/model/source.js';
import { BUNDLED_DATA } from '../../src/paths.js';

/** The value the careful parser gives, with the options the loader uses. */
const careful = (text: string): unknown => parseDocument(text, { uniqueKeys: true }).toJS();

describe('the quick YAML parser', () => {
  it('reads every bundled file to the value the careful parser reads', () => {
    const files = [
      ...readdirSync(BUNDLED_DATA).filter((f) => f.endsWith('.yaml')),
      ...readdirSync(join(BUNDLED_DATA, 'documents')).map((f) => join('documents', f)),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const text = readFileSync(join(BUNDLED_DATA, f), 'utf8');
      expect(quickValue(text), f).toEqual({ value: careful(text) });
    }
  });

  it('reads scalars as the YAML 1.2 core schema does', () => {
    const text = [
      'int: 12',
      'octal: 0o14',
      'hex: 0x1F',
      'float: 1.94',
      'exp: 1e3',
      'underscored: 1_000',
      'date: 2023-08-24',
      'yes: yes',
      'bool: true',
      // (A key of null is read as "" by one and "null" by the other; no schema of the data has either key.)
      'nothing: ~',
      'empty:',
      "quoted: '1800'",
      'folded: >-\n  a\n  b\n',
      'flow: {a: [1, "2", c]}',
      'chinese: 高新技术企业数量达1800家',
    ].join('\n');
    expect(quickValue(text)).toEqual({ value: careful(text) });
  });

  it('leaves to the careful parser what it must judge: aliases, duplicate and complex keys, tags, tabs, control characters, depth', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: 1\na: 2\n',
      '? [a, b]\n: 1\n',
      'a: !foo x\n',
      'a:\n\t- 1\n',
      'a: "bell \\a"\n',
      // No value of the data spans lines: a block scalar's line break is for the careful parser to report.
      'a: |\n  one\n  two\n',
      '"key \\u001b": 1\n',
      `a: ${'['.repeat(40)}${']'.repeat(40)}\n`,
      '---\na: 1\n---\nb: 2\n',
    ]) {
      expect(quickValue(text), text).toBeUndefined();
    }
  });
});
