import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/**
 * What a folder holds already, for one ingest run: its seeds by size, so that a text is
 * compared byte for byte only with the seeds of its length (a corpus of thousands is
 * listed once, not read once for every text), and its documents by seed. A text the run
 * adds is added here too, so that the same text twice in one run is one document.
 */
export class Held {
  private readonly bySize = new Map<number, string[]>();
  private seedToDocument: Map<string, string> | undefined;

  constructor(private readonly dir: string) {
    const seeds = join(dir, 'seeds');
    for (const name of readdirSync(seeds).sort()) {
      if (!name.endsWith('.txt')) continue;
      let size: number;
      try {
        const stats = statSync(join(seeds, name));
        if (!stats.isFile()) continue;
        size = stats.size;
      } catch {
        continue;
      }
      this.note(name, size);
    }
  }

  private note(seed: string, size: number): void {
    const same = this.bySize.get(size);
    if (same) same.push(seed);
    else this.bySize.set(size, [seed]);
  }

  /** Notes a seed this run wrote. */
  add(seed: string, bytes: Uint8Array): void {
    this.note(seed, bytes.length);
  }

  /** The seed with exactly these bytes, if the text was ingested before. */
  seedWithBytes(bytes: Uint8Array): string | undefined {
    for (const name of this.bySize.get(bytes.length) ?? []) {
      try {
        if (readFileSync(join(this.dir, 'seeds', name)).equals(bytes)) return name;
      } catch {
        // Gone since it was listed: not this text's.
      }
    }
    return undefined;
  }

  /** The document file that reads `seed`, and its text: the one named after it, else whichever names it. */
  documentOfSeed(seed: string): { path: string; text: string } | undefined {
    const named = join(this.dir, 'documents', `${seed.replace(/\.txt$/u, '')}.yaml`);
    const own = readsSeed(named, seed);
    if (own) return own;
    const path = this.documentsBySeed().get(seed);
    return path === undefined ? undefined : readsSeed(path, seed);
  }

  private documentsBySeed(): Map<string, string> {
    if (this.seedToDocument) return this.seedToDocument;
    const map = new Map<string, string>();
    const documents = join(this.dir, 'documents');
    for (const name of readdirSync(documents).sort()) {
      if (!/\.ya?ml$/u.test(name)) continue;
      const path = join(documents, name);
      try {
        const seed = /^seed:\s*(.+?)\s*$/mu.exec(readFileSync(path, 'utf8'))?.[1]?.replace(/^(["'])(.*)\1$/u, '$2');
        if (seed !== undefined && !map.has(seed)) map.set(seed, path);
      } catch {
        // A file that cannot be read reads no seed.
      }
    }
    this.seedToDocument = map;
    return map;
  }

  /** Each document's head, read once a run: a corpus of one place's reports asks of the same files for each text. */
  private readonly heads = new Map<string, Head | null>();

  private headAt(path: string): Head | null {
    let head = this.heads.get(path);
    if (head === undefined) {
      try {
        head = headOf(readFileSync(path, 'utf8'));
      } catch {
        head = null;
      }
      this.heads.set(path, head);
    }
    return head;
  }

  /**
   * The document this folder holds of the same text in another version: the one whose id is
   * the id wanted for it (or that id with -2, -3 …) and whose title and date are the same.
   */
  sameDocument(wanted: string, title: string, date: string | null): { path: string; text: string; seed: string } | undefined {
    for (let n = 1; ; n++) {
      const path = join(this.dir, 'documents', `${n === 1 ? wanted : `${wanted}-${n}`}.yaml`);
      if (!existsSync(path)) return undefined;
      const head = this.headAt(path);
      if (head?.title?.zh === title && (head.date ?? null) === date && typeof head.seed === 'string') {
        return { path, text: readFileSync(path, 'utf8'), seed: head.seed };
      }
    }
  }
}

/** The document at `path` with its text, if it reads `seed`: asked of its head alone. */
function readsSeed(path: string, seed: string): { path: string; text: string } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return headOf(text)?.seed === seed ? { path, text } : undefined;
}

type Head = { title?: { zh?: unknown }; date?: unknown; seed?: unknown; [key: string]: unknown };

/**
 * A document's head (its id, seed, title, date, place, kind, script and recipe) without its
 * facts: where the lists of facts come after the head, as ingest writes them, only the lines
 * before them are parsed, which is a small part of a long file; the whole file where a key of
 * the head comes after them (a person may order a file as they like) or the part alone is not YAML.
 */
export function headOf(text: string): Head | null {
  const lists = /^(?:facts|skipped|rejected|sections):/mu.exec(text);
  const whole = lists === null || /^(?:id|seed|title|date|place|kind|script|recipe):/mu.test(text.slice(lists.index));
  for (const part of whole ? [text] : [text.slice(0, lists.index), text]) {
    const doc = parseDocument(part, { uniqueKeys: false });
    if (doc.errors.length === 0) return doc.toJS() as Head | null;
  }
  return null;
}
