import type { Fact, Qualifier } from './types.js';

/** How a figure reads on screen and in citations: "≥ 1,800 家", "3–5 个", "近 20%". */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: true });

export function formatNumber(value: number): string {
  return grouped.format(value);
}

const SYMBOL: Record<Qualifier, string> = {
  exact: '',
  about: '~',
  nearly: '≈',
  at_least: '≥',
  more_than: '>',
  at_most: '≤',
  less_than: '<',
};

export const QUALIFIER_WORDS: Record<Qualifier, { en: string; zh: string }> = {
  exact: { en: 'exactly', zh: '达' },
  about: { en: 'about', zh: '约' },
  nearly: { en: 'nearly', zh: '近' },
  at_least: { en: 'at least', zh: '以上' },
  more_than: { en: 'more than', zh: '超过' },
  at_most: { en: 'at most', zh: '最高' },
  less_than: { en: 'less than', zh: '低于' },
};

/** Units written flush against the number. */
const FLUSH = new Set(['%', '‰']);

/** An amount in a unit as written: "71 家", "0.34%" (a percent sign flush against the number). */
export function formatAmount(value: number, unit: string): string {
  return `${formatNumber(value)}${unit === '' ? '' : FLUSH.has(unit) ? unit : ` ${unit}`}`;
}

export function formatValue(fact: Pick<Fact, 'value' | 'value_min' | 'value_max' | 'unit' | 'qualifier'>): string {
  const number = fact.value !== undefined ? formatNumber(fact.value) : `${formatNumber(fact.value_min!)}–${formatNumber(fact.value_max!)}`;
  const unit = fact.unit === '' ? '' : FLUSH.has(fact.unit) ? fact.unit : ` ${fact.unit}`;
  const symbol = SYMBOL[fact.qualifier];
  return `${symbol ? `${symbol} ` : ''}${number}${unit}`;
}

/** A share as a person reads it: 0.9606 → "96.1%"; "" where there is none. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? '' : `${formatNumber(Math.round(ratio * 1000) / 10)}%`;
}
