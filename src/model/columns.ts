/**
 * A compact form of many records of like shape, for the snapshot: one column of tags and
 * one of numbers per field, and every string once in a shared table. Facts repeat most of
 * their strings (a unit, a kind, a place, an indicator, a topic), so the table holds a
 * fraction of the strings that records written out one by one would, and reading the form
 * back creates each string once. Nested values (a bilingual metric, a list of topics, a
 * span) are kept as JSON in the table and parsed once per distinct text, then shared; the
 * dataset is immutable, so sharing is safe.
 *
 * Each record keeps its own key order, so an export written from records read back is
 * byte for byte the export of the records that were written.
 */

const ABSENT = 0;
const STRING = 1;
const NUMBER = 2;
const TRUE = 3;
const FALSE = 4;
const NULL = 5;
const JSON_VALUE = 6;

export interface Columns {
  readonly count: number;
  /** The distinct key orders, each as the field names in order. */
  readonly shapes: readonly (readonly string[])[];
  readonly shapeOf: Uint32Array;
  readonly fields: readonly string[];
  /** Per field, per record: what kind of value it holds. */
  readonly tags: readonly Uint8Array[];
  /** Per field, per record: the number, or the string's index in the table (whole numbers only, when they fit, in half the room). */
  readonly values: readonly (Float64Array | Uint32Array)[];
}

/** Strings once each, by the order they were first met. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let n = this.index.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.index.set(s, n);
    }
    return n;
  }
}

export function encodeColumns(records: readonly object[], table: StringTable): Columns {
  const count = records.length;
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const shapeOf = new Uint32Array(count);
  const fields: string[] = [];
  const fieldIds = new Map<string, number>();
  const tags: Uint8Array[] = [];
  const values: Float64Array[] = [];
  records.forEach((record, i) => {
    const keys = Object.keys(record);
    const shapeKey = keys.join('\u0000');
    let shape = shapeIds.get(shapeKey);
    if (shape === undefined) {
      shape = shapes.length;
      shapes.push(keys);
      shapeIds.set(shapeKey, shape);
    }
    shapeOf[i] = shape;
    for (const key of keys) {
      let f = fieldIds.get(key);
      if (f === undefined) {
        f = fields.length;
        fields.push(key);
        fieldIds.set(key, f);
        tags.push(new Uint8Array(count));
        values.push(new Float64Array(count));
      }
      const value = (record as Record<string, unknown>)[key];
      const [tag, number] = encodeValue(value, table);
      tags[f]![i] = tag;
      values[f]![i] = number;
    }
  });
  return { count, shapes, shapeOf, fields, tags, values: values.map(narrowed) };
}

/** A column as whole numbers of 32 bits when every value is one: most columns hold only string indexes. */
function narrowed(column: Float64Array): Float64Array | Uint32Array {
  for (const v of column) if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) return column;
  return Uint32Array.from(column);
}

function encodeValue(value: unknown, table: StringTable): [number, number] {
  switch (typeof value) {
    case 'undefined':
      return [ABSENT, 0];
    case 'string':
      return [STRING, table.id(value)];
    case 'number':
      return [NUMBER, value];
    case 'boolean':
      return [value ? TRUE : FALSE, 0];
    default:
      return value === null ? [NULL, 0] : [JSON_VALUE, table.id(JSON.stringify(value))];
  }
}

/** The records back, each frozen, with nested values shared between the records that hold the same. */
export function decodeColumns<T>(columns: Columns, strings: readonly string[]): T[] {
  const parsed = new Map<number, unknown>();
  const nested = (id: number): unknown => {
    let value = parsed.get(id);
    if (value === undefined) {
      value = deepFreeze(JSON.parse(strings[id]!));
      parsed.set(id, value);
    }
    return value;
  };
  const fieldIndex = new Map(columns.fields.map((f, i) => [f, i]));
  const shapes = columns.shapes.map((keys) =>
    keys.map((key) => {
      const field = fieldIndex.get(key)!;
      return { key, tags: columns.tags[field]!, values: columns.values[field]! };
    }),
  );
  const out: T[] = new Array<T>(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const record: Record<string, unknown> = {};
    for (const { key, tags, values } of shapes[columns.shapeOf[i]!]!) {
      const v = values[i]!;
      const tag = tags[i];
      record[key] =
        tag === STRING
          ? strings[v]
          : tag === NUMBER
            ? v
            : tag === JSON_VALUE
              ? nested(v)
              : tag === TRUE
                ? true
                : tag === FALSE
                  ? false
                  : tag === NULL
                    ? null
                    : undefined;
    }
    out[i] = Object.freeze(record) as T;
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
