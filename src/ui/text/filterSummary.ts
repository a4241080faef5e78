import type { FactFilter } from '../../model/filter.js';
import type { Dataset } from '../../model/types.js';
import { labelled, t, tf, type Lang, type StringId } from '../strings.js';
import type { Labeller } from './labels.js';
import { displayWidth, truncate } from './text.js';

/**
 * The filters in force, compactly, for the status bar: "places: Nanning, Suzhou · 2022–2024 ·
 * value ≥ 1,000". A set names its first two and counts the rest; what does not fit in `width`
 * ends in "… +N", N the conditions left unsaid. Empty when nothing is filtered.
 */

const SEPARATOR = ' · ';
/** Numbers with thousands marked, as written otherwise: no rounding, no unit conversion. */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** The first names of a set and how many more: a set of many would take the bar. */
function named(names: readonly string[], lang: Lang): string {
  const shown = names.slice(0, 2).join(lang === 'zh' ? '、' : ', ');
  return names.length > 2 ? `${shown} +${names.length - 2}` : shown;
}

/** Each condition in force, as the bar says it, in the order the filters are listed. */
export function filterParts(filter: FactFilter, dataset: Dataset, label: Labeller, lang: Lang): string[] {
  const is = (one: StringId, several: StringId, names: readonly string[]) =>
    labelled(t(names.length > 1 ? several : one, lang), named(names, lang), lang);
  const parts: string[] = [];
  const f = filter;
  if (f.places.length) {
    const within = f.places.length === 1 && dataset.places.some((p) => p.parent === f.places[0]);
    const place = within
      ? `${label.place(f.places[0]!)}${lang === 'zh' ? `（${t('placeAndBelow', lang)}）` : ` (${t('placeAndBelow', lang)})`}`
      : '';
    parts.push(within ? labelled(t('place', lang), place, lang) : is('place', 'places', f.places.map(label.place)));
  }
  if (f.kind !== 'all') parts.push(labelled(t('kind', lang), t(f.kind, lang), lang));
  if (f.categories.length) parts.push(is('category', 'several-categories', f.categories.map(label.category)));
  if (f.years !== null) {
    const { from, to } = f.years;
    parts.push(from !== null && from === to ? labelled(t('year', lang), String(from), lang) : `${from ?? ''}–${to ?? ''}`);
  }
  if (f.indicators.length) {
    const name = (id: string) => {
      const indicator = dataset.indicatorById.get(id);
      return !indicator ? id : lang === 'en' ? indicator.name.en : label.zh(indicator.name.zh_hans);
    };
    parts.push(is('indicator', 'several-indicators', f.indicators.map(name)));
  }
  if (f.topics.length) {
    const name = (id: string) => dataset.topics.find((x) => x.id === id)?.[lang] ?? id;
    parts.push(is('topic', 'several-topics', f.topics.map(name)));
  }
  if (f.status !== 'all') parts.push(labelled(t('status', lang), t(f.status, lang), lang));
  if (f.values !== null) {
    const unit = f.values.unit === null ? '' : tf('inUnit', lang, { unit: f.values.unit });
    if (f.values.min !== null) parts.push(tf('valueAtLeast', lang, { n: NUMBER.format(f.values.min) }) + unit);
    if (f.values.max !== null) parts.push(tf('valueAtMost', lang, { n: NUMBER.format(f.values.max) }) + unit);
  }
  return parts;
}

/** The parts that fit in `width`, joined, and "… +N" for the N that do not. */
export function filterSummary(filter: FactFilter, dataset: Dataset, label: Labeller, lang: Lang, width: number): string {
  const parts = filterParts(filter, dataset, label, lang);
  const all = parts.join(SEPARATOR);
  if (displayWidth(all) <= width) return all;
  for (let n = parts.length - 1; n >= 1; n--) {
    const text = `${parts.slice(0, n).join(SEPARATOR)} ${tf('andMore', lang, { n: parts.length - n })}`;
    if (displayWidth(text) <= width) return text;
  }
  // Not even the first fits whole: it is cut, and the count of the rest kept.
  const more = parts.length > 1 ? ` ${tf('andMore', lang, { n: parts.length - 1 })}` : '';
  return truncate(parts[0]!, Math.max(1, width - displayWidth(more))) + more;
}
