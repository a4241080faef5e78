import { describe, expect, it } from 'vitest';
import { indicatorEntry, indicatorId } from '../../src/review/indicators.js';
import type { Named } from '../../src/review/names.js';

const listed = (id: string, ...names: string[]): Named => ({ id, names: [id, ...names], written: [id, ...names], label: id });
const TAKEN = [listed('unicorn-valuation', '独角兽估值', 'unicorn valuation')];
const draft = { zh: '瞪羚企業估值', en: 'Gazelle valuation', definition: 'The summed valuation of gazelle firms', unit: '亿元' };

describe('a new indicator a reviewer proposes', () => {
  it('is written in both scripts from the name given, its id from its English words, its unit family from the figure', () => {
    expect(indicatorEntry(draft, TAKEN)).toEqual({
      id: 'gazelle-valuation',
      status: 'proposed',
      name: { zh_hans: '瞪羚企业估值', zh_hant: '瞪羚企業估值', en: 'Gazelle valuation' },
      // The name as typed, in traditional script, stays findable.
      aliases: ['瞪羚企業估值'],
      definition: 'The summed valuation of gazelle firms',
      unit_family: 'money',
      categories: [],
      topics: [],
    });
  });

  it('never takes an id the folder has, and reads & as and', () => {
    expect(indicatorId('Unicorn valuation', TAKEN)).toBe('unicorn-valuation-2');
    expect(indicatorId('R&D staff', TAKEN)).toBe('r-and-d-staff');
    expect(indicatorId('研发人员', TAKEN)).toBeUndefined();
  });

  it.each([
    [{ zh: 'R&D staff' }, 'needs its Chinese name'],
    [{ en: '研发人员' }, 'needs its English name, in letters'],
    [{ definition: ' ' }, 'needs a definition'],
    [{ zh: '独角兽估值' }, 'has this indicator already: unicorn-valuation'],
    [{ en: '***' }, 'an English name with letters or digits'],
  ])('is refused, and says why, for %j', (change, why) => {
    expect(indicatorEntry({ ...draft, ...change }, TAKEN)).toContain(why);
  });
});
