import type { EditableField } from '../../review/fields.js';
import { isChinese, type IndicatorDraft } from '../../review/indicators.js';
import type { Lang } from '../strings.js';
import { rt } from './words.js';

/**
 * A new indicator named in the indicator list: its other name (English for a Chinese one, and
 * the other way round) and its definition are asked for in the field's box, one after the
 * other, and only then is it proposed. Nothing about it is made up: a person gives each name.
 */

export interface NewIndicator {
  readonly zh?: string;
  readonly en?: string;
  /** What the box asks for now. */
  readonly ask: 'zh' | 'en' | 'definition';
}

/** The box that asks for the first thing a name typed in the list leaves to give. */
export function startNewIndicator(field: EditableField, name: string) {
  const newIndicator: NewIndicator = isChinese(name) ? { zh: name, ask: 'en' } : { en: name, ask: 'zh' };
  return { text: { field, value: '', newIndicator }, message: null };
}

/** What is asked next once the box's text is given; the draft when nothing is left to ask. */
export function nextIndicatorStep(asked: NewIndicator, typed: string, unit: string): { ask: NewIndicator } | { draft: IndicatorDraft } {
  const given = typed.trim();
  if (given === '') return { ask: asked };
  if (asked.ask !== 'definition') {
    const named = { ...asked, [asked.ask]: given };
    return { ask: { ...named, ask: named.zh === undefined ? 'zh' : named.en === undefined ? 'en' : 'definition' } };
  }
  return { draft: { zh: asked.zh ?? '', en: asked.en ?? '', definition: given, unit } };
}

/** The box's label: what it asks for, of which indicator. */
export function askedFor(asked: NewIndicator, lang: Lang): string {
  const name = asked.zh ?? asked.en ?? '';
  if (asked.ask === 'definition') return rt('newIndicatorDefinition', lang, { name });
  return rt(asked.ask === 'en' ? 'newIndicatorEnglish' : 'newIndicatorChinese', lang, { name });
}
