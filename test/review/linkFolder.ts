import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_DATA } from '../../src/paths.js';
import { temporaryFolder } from '../helpers.js';

/**
 * A folder of two made-up texts of one city, for the links: a 2024 work plan that gives
 * 2023's level and a 2025 target, and a 2026 summary that reports 2025. None of the figures
 * is a source; they are written for the tests.
 */

const PLAN = `某市科技局2024年工作要点
2023年，全市高新技术企业总数达到1320家，新认定高新技术企业210家。
2025年，力争高新技术企业总数达到1500家，科技型中小企业总数达到900家。
`;

const SUMMARY = `某市科技局2025年工作总结
2025年，全市高新技术企业总数达到1460家。
`;

const fact = (id: string, fields: string) =>
  `  - id: ${id}\n${fields
    .trim()
    .split('\n')
    .map((l) => `    ${l.trim()}`)
    .join('\n')}\n`;

const head = (id: string, seed: string, date: string, title: string) => `id: ${id}
seed: ${seed}
title: { zh: ${title} }
publisher: { zh: 某市科学技术局, en: a city science and technology bureau }
date: "${date}"
place: nanning
kind: bureau-summary
script: simplified
facts:
`;

const REPORTED = (id: string, year: number, measure: string, value: number, quote: string, extra = '') =>
  fact(
    id,
    `kind: reported
    year: ${year}
    metric: { zh: 高新技术企业总数, en: high-tech enterprises }
    indicator: high-tech-enterprises
    measure: ${measure}
    value: ${value}
    unit: 家
    qualifier: exact
    tags: [enterprises]
    ${extra}
    quote: ${quote}`,
  );

/** The folder and its two document files; with `proposedTarget`, the 2025 target is a proposal, the least sure. */
export function linkFolder({ proposedTarget = false } = {}): { dir: string; plan: string; summary: string } {
  const dir = temporaryFolder('policy-explorer-links-');
  for (const list of ['places', 'categories', 'topics', 'indicators', 'synonyms'])
    cpSync(join(BUNDLED_DATA, `${list}.yaml`), join(dir, `${list}.yaml`));
  mkdirSync(join(dir, 'documents'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'plan.txt'), PLAN);
  writeFileSync(join(dir, 'seeds', 'summary.txt'), SUMMARY);
  const plan = join(dir, 'documents', 'plan.yaml');
  const summary = join(dir, 'documents', 'summary.yaml');
  writeFileSync(
    plan,
    head('plan', 'plan.txt', '2024-02-01', '某市科技局2024年工作要点') +
      REPORTED('plan-2023-count', 2023, 'stock', 1320, '全市高新技术企业总数达到1320家') +
      REPORTED('plan-2023-new', 2023, 'new', 210, '新认定高新技术企业210家') +
      fact(
        'plan-2025-target',
        `${proposedTarget ? 'status: proposed\n        confidence: 0.5\n        ' : ''}kind: target
        year: 2025
        metric: { zh: 高新技术企业总数, en: high-tech enterprises }
        indicator: high-tech-enterprises
        measure: stock
        value: 1500
        unit: 家
        qualifier: exact
        tags: [enterprises]
        quote: 力争高新技术企业总数达到1500家`,
      ) +
      fact(
        'plan-p001',
        `status: proposed
        confidence: 0.7
        kind: target
        year: 2025
        metric: { zh: 科技型中小企业总数 }
        indicator: null
        measure: stock
        value: 900
        unit: 家
        qualifier: exact
        tags: []
        quote: 科技型中小企业总数达到900家`,
      ),
  );
  writeFileSync(
    summary,
    head('summary', 'summary.txt', '2026-01-10', '某市科技局2025年工作总结') +
      fact(
        'summary-p001',
        `status: proposed
        confidence: 0.8
        kind: reported
        year: 2025
        metric: { zh: 高新技术企业总数 }
        indicator: high-tech-enterprises
        measure: stock
        value: 1460
        unit: 家
        qualifier: exact
        tags: []
        quote: 全市高新技术企业总数达到1460家`,
      ),
  );
  return { dir, plan, summary };
}
