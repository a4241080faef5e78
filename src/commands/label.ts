import { formatValue } from '../model/figureText.js';
import type { Dataset, Fact } from '../model/types.js';

/** How the commands name things in their text output: places in English, figures as written. */
export function placeLabel(dataset: Dataset, id: string): string {
  return dataset.placeById.get(id)?.short.en ?? id;
}

/** "Nanning 2023 target 1,800 家 高新技术企业数量" */
export function figureLabel(dataset: Dataset, fact: Fact): string {
  return `${placeLabel(dataset, fact.place)} ${fact.year} ${fact.kind} ${formatValue(fact)} ${fact.metric.zh}`;
}
