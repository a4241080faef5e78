import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_DATA } from '../src/paths.js';
import { temporaryFolder } from './helpers.js';

/**
 * A dataset folder whose targets have a pace to judge from their own data: a plan for 1,800
 * high-tech enterprises by 2025, starting from 1,500 in 2023, with 1,729 reported in 2024, is
 * on the straight line (1,650 by 2024) whatever today's date is; one for 40 research
 * institutes by 2025, with no baseline, has no line to be judged by.
 */

const SEED = [
  '一、目标',
  '到2025年，高新技术企业数量达1800家，新型研发机构达40家。',
  '二、进展',
  '2023年高新技术企业1500家。2024年高新技术企业1729家，新型研发机构25家。',
];

const FIGURE = (id: string, kind: string, year: number, section: string, value: number, quote: string, more = '') => {
  const metric = id.includes('hitech') ? '高新技术企业数量' : '新型研发机构数量';
  return `
  - id: ${id}
    kind: ${kind}
    year: ${year}
    section: ${section}
    metric: { zh: "${metric}", en: "${id}" }
    indicator: ${id.includes('hitech') ? 'high-tech-enterprises' : 'innovation-platforms'}
    measure: stock
    value: ${value}
    unit: 家
    qualifier: exact
    tags: [enterprises]${more}
    quote: "${quote}"`;
};

const DOCUMENT = `id: paced-2023
seed: paced.txt
title: { zh: 高新技术企业培育方案, en: A plan for high-tech enterprises }
publisher: { zh: 市科技局, en: City S&T bureau }
date: 2024-12-01
place: nanning
kind: action-plan
script: simplified
sections:
  - { id: goals, title: { zh: 目标, en: Goals }, start: 一、目标 }
  - { id: progress, title: { zh: 进展, en: Progress }, start: 二、进展 }
facts:${[
  FIGURE('paced-2025-hitech', 'target', 2025, 'goals', 1800, '高新技术企业数量达1800家'),
  FIGURE('paced-2023-hitech-base', 'reported', 2023, 'progress', 1500, '高新技术企业1500家', '\n    baseline_of: paced-2025-hitech'),
  FIGURE('paced-2024-hitech', 'reported', 2024, 'progress', 1729, '高新技术企业1729家', '\n    progress_of: paced-2025-hitech'),
  FIGURE('paced-2025-institutes', 'target', 2025, 'goals', 40, '新型研发机构达40家'),
  FIGURE('paced-2024-institutes', 'reported', 2024, 'progress', 25, '新型研发机构25家', '\n    progress_of: paced-2025-institutes'),
].join('')}
`;

/** A dataset folder of the one document above, with the bundled lists. */
export function pacedFolder(): string {
  const dir = temporaryFolder();
  for (const list of ['places', 'categories', 'topics', 'indicators', 'synonyms'])
    cpSync(join(BUNDLED_DATA, `${list}.yaml`), join(dir, `${list}.yaml`));
  mkdirSync(join(dir, 'documents'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'paced.txt'), `${SEED.join('\n')}\n`);
  writeFileSync(join(dir, 'documents', 'paced-2023.yaml'), DOCUMENT);
  return dir;
}
