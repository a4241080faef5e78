/**
 * Where a value stands in a YAML document: the keys and list indexes from its top. The
 * reader, the shape checks and the dataset's checks all place their problems by it.
 */
export type Path = readonly (string | number)[];

/** A path as messages write it: `facts[4].metric.zh`. */
export function describePath(path: Path): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
