/**
 * A corpus in one command: `ingest DIR --into DIR` over provincial government work reports,
 * the texts written here (made-up figures, in the shape of a real report: a delivery line,
 * the governor, a review of the year and the year's targets, many figures a paragraph), of
 * ~19,500 characters each, as the 31 reports of a year (~600,000 characters) are. Each
 * measure is the built command line in a process of its own, timed from its start to its end
 * (wall clock: a corpus is waited for whole), after an untimed ingest of one text.
 *
 *   npm run bench -- corpus                      31 and 310 texts (1× and 10×)
 *   npm run bench -- corpus --scales 1,10,30     31 × each scale
 *   node --import tsx bench/corpus.ts --write DIR   only write the 31 texts into DIR, to try by hand
 *
 * Seconds per text stay flat where the time grows linearly with the corpus; compare them
 * within one run, the machine being shared.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/paths.js';
import { formatSeconds, parseScales } from './report.js';

const PROVINCES = [
  '北京市',
  '天津市',
  '河北省',
  '山西省',
  '内蒙古自治区',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '上海市',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '广西壮族自治区',
  '海南省',
  '重庆市',
  '四川省',
  '贵州省',
  '云南省',
  '西藏自治区',
  '陕西省',
  '甘肃省',
  '青海省',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
];

/** The head of the office that delivers a place's report. */
const head = (place: string) => (place.endsWith('市') ? '市长' : place.endsWith('省') ? '省长' : '自治区主席');

/** A paragraph of figures, the n-th of the text: each figure its own, as a report's are. */
function paragraph(n: number): string {
  const k = (i: number) => ((n * 7 + i * 13) % 89) + 3;
  return (
    `过去一年，我们坚持创新驱动发展，研发经费投入强度达到${(k(1) / 40).toFixed(2)}%，比上年提高0.${k(2) % 9}个百分点。` +
    `高新技术企业达到${k(3) * 100}家，科技型中小企业${k(4) * 150}家，技术合同成交额${k(5) * 10}亿元，增长${k(6) % 20}.${k(7) % 10}%。` +
    `新建省级以上创新平台${k(8)}个，引进高层次人才${k(9) * 20}人，每万人口高价值发明专利拥有量${(k(10) / 7).toFixed(1)}件。` +
    `规模以上工业增加值增长${k(11) % 12}.${k(12) % 10}%，战略性新兴产业占比达到${k(13) % 40}%，数字经济核心产业增加值${k(14) * 12}亿元。`
  );
}

/** A report of about `chars` characters. */
function report(place: string, year: number, chars: number): string {
  const lines = [
    `${year}年${place}政府工作报告`,
    `——${year}年1月${(year % 20) + 8}日在${place}第十四届人民代表大会第${(year % 5) + 1}次会议上`,
    `${place}${head(place)}  某某某`,
    '各位代表：',
    `现在，我代表${place.endsWith('市') ? '市' : place.endsWith('省') ? '省' : '自治区'}人民政府，向大会报告工作，请予审议，并请${place}政协委员提出意见。`,
    `一、${year - 1}年工作回顾`,
  ];
  let size = lines.join('\n').length;
  for (let n = 0; size < chars; n++) {
    const next =
      n % 12 === 11
        ? `二、${year}年主要目标：研发经费投入增长${(n % 9) + 5}%以上，高新技术企业数量力争突破${(n + 3) * 1000}家。`
        : paragraph(n);
    lines.push(next);
    size += next.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` reports into a new folder: the 31 places, over as many years as it takes. */
function corpusOf(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const place = PROVINCES[i % PROVINCES.length]!;
    const year = 2025 - Math.floor(i / PROVINCES.length);
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), report(place, year, 19_500));
  }
}

/** `ingest DIR --into DIR` by the built command line: wall seconds and exit code. */
function ingest(texts: string, into: string): { seconds: number; code: number | null; err: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'cli.js'), 'ingest', texts, '--into', into], { encoding: 'utf8' });
  return { seconds: (performance.now() - started) / 1000, code: run.status, err: run.stderr };
}

const { values } = parseArgs({ options: { scales: { type: 'string' }, write: { type: 'string' } } });
if (values.write !== undefined) {
  corpusOf(values.write, PROVINCES.length);
  process.exit(0);
}
const scales = values.scales === undefined ? [1, 10] : parseScales(values.scales);
const root = mkdtempSync(join(tmpdir(), 'pe-bench-corpus-'));
try {
  corpusOf(join(root, 'warm'), 1);
  ingest(join(root, 'warm'), join(root, 'warm-out'));
  const rows: string[] = [];
  for (const scale of scales) {
    const count = PROVINCES.length * scale;
    const texts = join(root, `texts-${count}`);
    corpusOf(texts, count);
    const { seconds, code, err } = ingest(texts, join(root, `out-${count}`));
    if (code !== 0) throw new Error(`ingest of ${count} texts: exit ${code}\n${err}`);
    const again = ingest(texts, join(root, `out-${count}`));
    process.stderr.write(`${count} texts: ${formatSeconds(seconds)} s, again ${formatSeconds(again.seconds)} s\n`);
    rows.push(
      `| ${count} | ${((count * 19_500) / 1e6).toFixed(1)} M | ${formatSeconds(seconds)} | ${formatSeconds((seconds / count) * 1000)} | ${formatSeconds(again.seconds)} |`,
    );
  }
  console.log(
    `node ${process.version}, ${process.platform} ${release()}, ${cpus()[0]?.model.trim() ?? 'unknown cpu'}, ${availableParallelism()} cores`,
  );
  console.log(
    'seconds: `ingest DIR --into DIR` by the built command line, wall clock, one run each; again: the same command a second time (nothing new).\n',
  );
  console.log('| texts | characters | seconds | ms a text | again, seconds |\n|---:|---:|---:|---:|---:|');
  console.log(rows.join('\n'));
} finally {
  rmSync(root, { recursive: true, force: true });
}
