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

/** The parts of a fact a script needs to use it, and to say where it is stated, for the commands' JSON. */
export function figureJson(dataset: Dataset, fact: Fact) {
  const doc = dataset.documentById.get(fact.document)!;
  return {
    id: fact.id,
    place: fact.place,
    year: fact.year,
    kind: fact.kind,
    indicator: fact.indicator,
    measure: fact.measure,
    value: fact.value ?? null,
    value_min: fact.value_min ?? null,
    value_max: fact.value_max ?? null,
    unit: fact.unit,
    qualifier: fact.qualifier,
    metric_zh: fact.metric.zh,
    metric_en: fact.metric.en,
    document: fact.document,
    quote: fact.quote,
    status: fact.status ?? 'accepted',
    // Where it is stated and how sure the data is of it, after the keys scripts already read.
    document_title: doc.title.zh,
    section: fact.section ?? null,
    section_title: doc.sections.find((s) => s.id === fact.section)?.title.zh ?? null,
    year_inferred: fact.year_inferred ?? false,
    confidence: fact.confidence ?? null,
    place_code: dataset.placeById.get(fact.place)?.code ?? null,
  };
}
