import { parse } from 'yaml';
import { z } from 'zod';
import { readRegularFile } from '../model/files.js';

/**
 * A sidecar: a small YAML file beside a text (hebei.txt → hebei.meta.yaml) that gives what
 * the text does not say, for that text alone, as its options would on a command line of
 * its own. In a corpus each text may lack something else; a sidecar is how each gets its own.
 */

export const SIDECAR_FIELDS = ['title', 'date', 'place', 'place-id', 'kind', 'publisher'] as const;
export type SidecarField = (typeof SIDECAR_FIELDS)[number];
export type Sidecar = Partial<Record<SidecarField, string>>;

/** A value as a person writes it: `date: 2025` reads as a number, and means the text "2025". */
const value = z.union([z.string(), z.number().transform(String)]);
const SidecarSchema = z.strictObject(Object.fromEntries(SIDECAR_FIELDS.map((f) => [f, value.optional()])));

const SIDECAR_LIMIT = 64 * 1024;

/** The sidecar at `path`: nothing when there is none, else what it gives or why it cannot be read. */
export function readSidecar(path: string): { given: Sidecar } | { problem: string } {
  const read = readRegularFile(path, SIDECAR_LIMIT);
  if ('error' in read) return read.missing ? { given: {} } : { problem: `${path}: ${read.error}` };
  let data: unknown;
  try {
    data = parse(read.bytes.toString('utf8'));
  } catch (error) {
    return { problem: `${path} is not YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (data === null || data === undefined) return { given: {} };
  const parsed = SidecarSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.join('.');
    const why =
      issue.code === 'unrecognized_keys'
        ? `has ${issue.keys.map((k) => `"${k}"`).join(', ')}, which is not one of ${SIDECAR_FIELDS.join(', ')}`
        : key === ''
          ? `is not a list of fields (${SIDECAR_FIELDS.join(', ')}), one "field: value" a line`
          : `${key}: give it as text`;
    return { problem: `${path} ${why}` };
  }
  const given: Sidecar = {};
  for (const field of SIDECAR_FIELDS) {
    const v = parsed.data[field]?.trim();
    if (v !== undefined && v !== '') given[field] = v;
  }
  return { given };
}

/** What a person would write in a sidecar for the fields a text lacks: a template to fill in. */
export function sidecarTemplate(missing: readonly SidecarField[]): string {
  const example: Record<SidecarField, string> = {
    title: '（the title as the text gives it）',
    date: 'YYYY-MM-DD',
    place: '（the place, e.g. 河北省 or 苏州市）',
    'place-id': '（an id for a new place that is not a division, e.g. suzhou-sip）',
    kind: 'work-report',
    publisher: '（e.g. 河北省人民政府）',
  };
  return missing.map((field) => `${field}: ${example[field]}`).join('\n');
}
