import { pinyin } from 'pinyin-pro';
import { hasHan } from '../text/fold.js';

/**
 * The pinyin a record is found by, read from its folded (simplified) text, where pinyin-pro
 * reads polyphones (行, 长, 重) better than on traditional.
 */

/** Full pinyin without tones or spaces ("denglingqiyeshuliang") and initials ("dlqysl"), Han only. */
export function pinyinKeys(simplified: string): { full: string; initials: string } {
  const han = [...simplified].filter(hasHan).join('');
  if (han === '') return { full: '', initials: '' };
  const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true }) as string[];
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}
