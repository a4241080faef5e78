import type { Dataset } from './types.js';

/**
 * Families of indicators: neighbouring measures, related but not comparable, as
 * indicators.yaml declares them. An indicator's `family` names the indicator heading its
 * family (enterprise R&D spending and R&D intensity name gross R&D spending); the checks keep
 * a family one level deep, so each indicator is in at most one. Built once per dataset.
 */

export interface Family {
  /** The indicator the family is named by. */
  readonly head: string;
  /** Its indicators, the head first, then the others in the list's order. */
  readonly members: readonly string[];
}

const families = new WeakMap<Dataset, ReadonlyMap<string, Family>>();

/** Indicator id → its family, for the indicators in one; an indicator in none is absent. */
function familyIndex(dataset: Dataset): ReadonlyMap<string, Family> {
  let index = families.get(dataset);
  if (!index) {
    const members = new Map<string, string[]>();
    for (const i of dataset.indicators) {
      if (i.family === undefined) continue;
      const list = members.get(i.family);
      if (list) list.push(i.id);
      else members.set(i.family, [i.family, i.id]);
    }
    const byIndicator = new Map<string, Family>();
    for (const [head, list] of members) for (const id of list) byIndicator.set(id, { head, members: list });
    index = byIndicator;
    families.set(dataset, index);
  }
  return index;
}

/** The family an indicator belongs to, or heads; null when it is in none. */
export function familyOf(dataset: Dataset, indicator: string | null): Family | null {
  return indicator === null ? null : (familyIndex(dataset).get(indicator) ?? null);
}

/**
 * Why a figure of another indicator of the family stands beside one, in English and Chinese:
 * "enterprise R&D spending is of the family of gross R&D spending", or, where neither heads
 * it, "R&D intensity and enterprise R&D spending, of the family of gross R&D spending".
 */
export function familyReason(dataset: Dataset, indicator: string, other: string): { en: string; zh: string } {
  const head = familyOf(dataset, indicator)?.head ?? indicator;
  const name = (id: string) => dataset.indicatorById.get(id)?.name ?? { en: id, zh_hans: id };
  const [h, a, b] = [name(head), name(other), name(indicator)];
  if (other === head || indicator === head) {
    const member = other === head ? b : a;
    return { en: `${member.en} is of the family of ${h.en}`, zh: `${member.zh_hans}属于${h.zh_hans}一族` };
  }
  return { en: `${a.en} and ${b.en}, of the family of ${h.en}`, zh: `${a.zh_hans}与${b.zh_hans}同属${h.zh_hans}一族` };
}
