import { createHash } from 'node:crypto';
import { statSync, type BigIntStats } from 'node:fs';
import { resolve } from 'node:path';
import { listFolder, readRegularFile } from './files.js';

/**
 * What a load read, file by file, so that a snapshot of its result can tell whether the
 * files are still the same. A file whose size, modification and change times (in
 * nanoseconds) and inode are unchanged is taken as unchanged without reading it, as git
 * does; when any of them differs, or the file was written so close to the snapshot that an
 * edit in the same clock tick could hide, its content hash decides. The change time is
 * there because a program can put the modification time back after an edit (touch -r,
 * rsync, an editor keeping it) but never the change time, which the system sets.
 */
export interface InputFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeNs: string;
  readonly ctimeNs: string;
  readonly ino: string;
  readonly sha1: string;
}

export interface Inputs {
  readonly files: readonly InputFile[];
  /** Folders whose listing the load depended on (documents/), with the names it found there. */
  readonly folders: readonly { readonly path: string; readonly names: readonly string[] }[];
  /** Files whose absence the load depended on (an optional synonyms.yaml that was not there). */
  readonly absent: readonly string[];
}

/** A SHA-1 of bytes, or of a text's UTF-8: the snapshot's check of its inputs, and the review's of a file unchanged since read. */
export const hashOf = (bytes: Uint8Array | string): string => createHash('sha1').update(bytes).digest('hex');

export function inputFile(path: string, bytes: Uint8Array, stats: BigIntStats): InputFile {
  return {
    path,
    size: bytes.length,
    mtimeNs: String(stats.mtimeNs),
    ctimeNs: String(stats.ctimeNs),
    ino: String(stats.ino),
    sha1: hashOf(bytes),
  };
}

/** Coarse file systems keep times to the second (and FAT to two): an edit within that of the snapshot may not show. */
const RACY_NS = 2_000_000_000n;

function unchanged(file: InputFile, writtenNs: bigint): boolean {
  let stats: BigIntStats;
  try {
    stats = statSync(file.path, { bigint: true });
  } catch {
    return false;
  }
  if (!stats.isFile() || Number(stats.size) !== file.size) return false;
  const sameStats = String(stats.mtimeNs) === file.mtimeNs && String(stats.ctimeNs) === file.ctimeNs && String(stats.ino) === file.ino;
  if (sameStats && stats.mtimeNs + RACY_NS < writtenNs && stats.ctimeNs + RACY_NS < writtenNs) return true;
  // At most the size it had: a file that grew is changed, and what is read stays bounded.
  const read = readRegularFile(file.path, file.size);
  return 'bytes' in read && hashOf(read.bytes) === file.sha1;
}

/** Whether every input is as it was when the snapshot was written at `writtenNs` (nanoseconds since the epoch). */
export function inputsUnchanged(inputs: Inputs, writtenNs: bigint, root?: string): boolean {
  const at = (path: string) => (root === undefined ? path : resolve(root, path));
  for (const folder of inputs.folders) {
    const listing = listFolder(at(folder.path));
    if (!('names' in listing)) return false;
    const names = listing.names.filter(isDocumentFile).sort();
    if (names.length !== folder.names.length || names.some((n, i) => n !== folder.names[i])) return false;
  }
  for (const path of inputs.absent) {
    try {
      statSync(at(path));
      return false;
    } catch {
      // Still absent, as the load found it.
    }
  }
  return inputs.files.every((f) => unchanged({ ...f, path: at(f.path) }, writtenNs));
}

export const isDocumentFile = (name: string): boolean => /\.ya?ml$/iu.test(name);
