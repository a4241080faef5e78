import { join } from 'node:path';
import type { z } from 'zod';
import { CategoriesFileSchema, IndicatorsFileSchema, PlacesFileSchema, TopicsFileSchema } from '../model/schema.js';
import { entriesOrNone } from '../model/source.js';
import { foldScript } from '../text/fold.js';

/**
 * The names a folder gives its indicators, categories, topics and places, so that a person may type
 * "R&D intensity" or 研发经费投入强度 where the file wants `rnd-intensity`. A name is matched
 * whole, in either script and any case; an id is always its own name.
 */

export type Listed = 'indicator' | 'category' | 'topic' | 'place';

export interface Named {
  readonly id: string;
  /** Its id and every name and alias, folded: simplified script, lower case. */
  readonly names: readonly string[];
  /** Its names as written, for a picker to find it by in either script, pinyin or English. */
  readonly written: readonly string[];
  /** How a list shows it: its English and Chinese names, and what it is counted in or is. */
  readonly label: string;
  /** A place's GB/T 2260 code, where it is a division. */
  readonly code?: string;
}

export type FolderNames = Readonly<Record<Listed, readonly Named[]>>;

const fold = (name: string) => foldScript(name.trim()).toLowerCase();

const list = <S extends z.ZodType>(dir: string, file: string, schema: S) => entriesOrNone(join(dir, file), schema);

/** A folder's names; a list that is missing or broken names nothing here (validate reports it). */
export function folderNames(dir: string): FolderNames {
  const named = (id: string, names: readonly string[], label: string): Named => ({
    id,
    names: [id, ...names].map(fold),
    written: [id, ...names],
    label,
  });
  // A proposed entry says so: choosing it leaves a person's acceptance of it to be done.
  const proposed = (entry: { status?: string }) => (entry.status === 'proposed' ? ' (proposed)' : '');
  return {
    indicator: list(dir, 'indicators.yaml', IndicatorsFileSchema).map((i) =>
      named(
        i.id,
        [i.name.zh_hans, i.name.zh_hant, i.name.en, ...i.aliases],
        `${i.name.en} · ${i.name.zh_hans} · ${i.unit_family}${proposed(i)}`,
      ),
    ),
    category: list(dir, 'categories.yaml', CategoriesFileSchema).map((c) =>
      named(c.id, [c.name.zh_hans, c.name.zh_hant, c.name.en, ...c.aliases], `${c.name.en} · ${c.name.zh_hans}`),
    ),
    topic: list(dir, 'topics.yaml', TopicsFileSchema).map((t) => named(t.id, [t.zh, t.en], `${t.en} · ${t.zh}`)),
    place: list(dir, 'places.yaml', PlacesFileSchema).map((p) => ({
      ...named(
        p.id,
        [p.name.zh_hans, p.name.zh_hant, p.name.en, p.short.zh_hans, p.short.zh_hant, p.short.en, ...p.aliases],
        `${p.name.en} · ${p.name.zh_hans} · ${p.level}${proposed(p)}`,
      ),
      ...(p.code === undefined ? {} : { code: p.code }),
    })),
  };
}

/** The id a typed name stands for, or undefined where the folder lists no such name. */
export function idNamed(names: FolderNames, listed: Listed, typed: string): string | undefined {
  const wanted = fold(typed);
  return names[listed].find((n) => n.names.includes(wanted))?.id;
}
