import { readdirSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The texts a command line names: each file as given, and each folder's texts (its `.txt`
 * files, in its folders too, in name order), never the folder ingest writes into nor a
 * sidecar. A name that is neither file nor folder is kept, for the ingest to say so of it
 * with the others, rather than stopping a corpus at its first typo.
 */

/** A text to ingest, and the sidecar beside it that may give what the text does not say. */
export interface TextFile {
  readonly path: string;
  /** `hebei.txt` → `hebei.meta.yaml`, whether or not there is one. */
  readonly sidecar: string;
}

export const SIDECAR_SUFFIX = '.meta.yaml';

export function sidecarOf(path: string): string {
  const stem = extname(path) === '' ? path : path.slice(0, -extname(path).length);
  return `${stem}${SIDECAR_SUFFIX}`;
}

/** Whether `path` is `folder` or inside it. */
function within(path: string, folder: string): boolean {
  const from = relative(folder, path);
  return from === '' || !(from === '..' || from.startsWith(`..${sep}`) || isAbsolute(from));
}

function textsIn(folder: string, into: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    // A folder that cannot be listed is named as it is, for the ingest to say why.
    out.push(folder);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!within(resolve(path), into)) textsIn(path, into, out);
    } else if (extname(entry.name).toLowerCase() === '.txt') out.push(path);
  }
}

/** The texts the names give, each once, in the order given. */
export function textsOf(names: readonly string[], into: string): TextFile[] {
  const folder = resolve(into);
  const paths: string[] = [];
  for (const name of names) {
    let isFolder = false;
    try {
      isFolder = statSync(name).isDirectory();
    } catch {
      // Not there: named as given, and said of when it is read.
    }
    if (isFolder) textsIn(name, folder, paths);
    else paths.push(name);
  }
  const seen = new Set<string>();
  return paths
    .filter((path) => !basename(path).endsWith(SIDECAR_SUFFIX))
    .filter((path) => {
      const key = resolve(path);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((path) => ({ path, sidecar: sidecarOf(path) }));
}
