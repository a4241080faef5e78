// npm run mutate: breaks the code on purpose, one way at a time, in a copy of the work tree,
// and reports which tests caught each breakage. A breakage no test catches is a blind spot
// in the suite; the script exits 1 when there is one. Takes a few minutes; not part of npm test.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Each breakage: one exact span of one file, replaced. */
const MUTATIONS = [
  {
    name: 'the too-small key guard off',
    file: 'src/ui/state.ts',
    from: '  if (!state.viewport.drawn) return { state, effects: [] };\n',
    to: '',
  },
  {
    name: 'the kinsoku rule deleted',
    file: 'src/ui/text/wrap.ts',
    from: '  while (at - 1 > start && at < segs.length && NO_LINE_START.has(segs[at]!.text) && !inWord(at)) at--;\n',
    to: '',
  },
  {
    name: 'the list highlight drawn one row off',
    file: 'src/ui/components/ListPane.tsx',
    from: 'selected={selected - top}',
    to: 'selected={selected - top + 1}',
  },
  {
    name: 'the list window off by one',
    file: 'src/ui/components/layout.ts',
    from: 'const top = Math.max(0, selected - height + 1 + margin);',
    to: 'const top = Math.max(0, selected - height + margin);',
  },
  {
    name: 'the quote-inside-section check dropped',
    file: 'src/model/checks.ts',
    from: '      if (found[0]! < sortedStarts[k]![1] || found[0]! + f.quote.length > end) {',
    to: '      if (false) {',
  },
  {
    name: 'the unit-in-quote check dropped',
    file: 'src/model/checks.ts',
    from: "if (f.unit !== '' && !f.quote.includes(f.unit)) report(",
    to: 'if (false) report(',
  },
  {
    name: 'pinyin keys joined with spaces',
    file: 'src/search/pinyin.ts',
    from: "return { full: syllables.join(''),",
    to: "return { full: syllables.join(' '),",
  },
  {
    name: 'ingest counts a quote by reading the whole text',
    file: 'src/ingest/figures/occurrences.ts',
    from: 'return { count: (quote) => bound(quote, true) - bound(quote, false) };',
    to: 'return { count: (quote) => order.filter((at) => compare(quote, at, 0)[0] === 0).length };',
  },
  {
    name: 'ingest grows a quote past QUOTE_MAX',
    file: 'src/ingest/figures/propose.ts',
    from: '    if (quote.length > QUOTE_MAX) break;\n',
    to: '',
  },
  {
    name: 'ingest shows a skipped number in the whole of a run-on sentence',
    file: 'src/ingest/figures/propose.ts',
    from: 'const cut = to - from > CONTEXT;',
    to: 'const cut = false;',
  },
  {
    name: 'ingest takes an alias in any text, not only its place’s or its parent’s',
    file: 'src/ingest/placeNames.ts',
    from: 'return documentPlace !== undefined && (documentPlace === c.place || documentPlace === g.parent.get(c.place)) ? c.place : undefined;',
    to: 'return c.place;',
  },
  {
    name: 'ingest takes an alias after 国家 or 省级 for a place',
    file: 'src/ingest/placeNames.ts',
    from: '    if (GROUP.test(before)) return undefined;\n',
    to: '',
  },
  {
    name: 'ingest lets a place not listed pass for the one named before it',
    file: 'src/ingest/placeNames.ts',
    from: 'mentions.push({ start: c.start, end, place: read ?? undefined });',
    to: 'if (read !== null) mentions.push({ start: c.start, end, place: read });',
  },
  {
    name: 'ingest takes 全区 or 全市 for the document’s place whatever its name',
    file: 'src/ingest/placeNames.ts',
    from: 'full.endsWith(c.place)',
    to: 'true',
  },
  {
    name: 'two places of one list may share a code',
    file: 'src/model/checks.ts',
    from: 'else if (other !== p.id) report(',
    to: 'else if (false) report(',
  },
  {
    name: "the gazetteer keeps the statistical codes' development zones as divisions",
    file: 'src/gazetteer/divisions.ts',
    from: "return tier === 'county' && county >= 71 && county <= 80;",
    to: 'return false;',
  },
  {
    name: 'the gazetteer gives ids from the county level up',
    file: 'src/gazetteer/ids.ts',
    from: "const TIERS: readonly Tier[] = ['province', 'prefecture', 'county'];",
    to: "const TIERS: readonly Tier[] = ['county', 'prefecture', 'province'];",
  },
  {
    name: "the gazetteer reads a county's short name alone in a text",
    file: 'src/gazetteer/mentions.ts',
    from: '  return !common || inContext;',
    to: '  return true;',
  },
  {
    name: "the gazetteer reads the city of a development zone's name as a division",
    file: 'src/gazetteer/mentions.ts',
    from: '      if (ZONE.test(rest)) return found.length > 0 ? found : [{ end, divisions: [] }];\n',
    to: '',
  },
];

/** A mutant that loops forever must not hang the script. */
const TIMEOUT_MS = 10 * 60 * 1000;

/** A copy of the work tree without its build, sharing node_modules. */
function copyTree() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'policy-explorer-mutant-')));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist|\.git)$/u.test(src),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function runTests(dir) {
  const report = join(dir, 'vitest-report.json');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--exclude', 'test/e2e/**', '--reporter=json', `--outputFile=${report}`],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: TIMEOUT_MS },
  );
  if (result.error) return { error: `the tests did not finish: ${result.error.message}` };
  if (!existsSync(report)) return { error: (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n') };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  // A test file that fails to load has no test results, only its own status and message.
  const failed = json.testResults.flatMap((file) => {
    const name = file.name.slice(dir.length + 1);
    const tests = file.assertionResults.filter((t) => t.status === 'failed').map((t) => `${name} › ${t.fullName}`);
    return tests.length === 0 && file.status === 'failed' ? [`${name} (does not load: ${String(file.message).split('\n')[0]})`] : tests;
  });
  return { failed, total: json.numTotalTests };
}

/** Runs the tests in a copy with `change` applied (or none); the names of the tests that failed. */
function trial(change) {
  const dir = copyTree();
  try {
    if (change) {
      const path = join(dir, change.file);
      const source = readFileSync(path, 'utf8');
      const count = source.split(change.from).length - 1;
      if (count !== 1) return { error: `the span to break is found ${count} times in ${change.file}; update this script` };
      writeFileSync(path, source.replace(change.from, change.to));
    }
    return runTests(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync(join(ROOT, 'node_modules'))) {
  console.error('npm run mutate needs the dependencies: run npm install first.');
  process.exit(2);
}

// Tests that fail without any breakage would make every breakage look caught.
const baseline = trial(null);
if (baseline.error || baseline.failed.length > 0) {
  console.error(`The suite does not pass as it is, so breakages cannot be judged:\n${baseline.error ?? baseline.failed.join('\n')}`);
  process.exit(2);
}

const only = process.argv.slice(2);
let blind = 0;
const started = Date.now();
for (const mutation of MUTATIONS.filter((m) => only.length === 0 || only.some((o) => m.name.includes(o)))) {
  const result = trial(mutation);
  if (result.error) {
    console.log(`? ${mutation.name}: ${result.error}`);
    blind++;
  } else if (result.failed.length === 0) {
    console.log(`✗ ${mutation.name}: NOT CAUGHT (all ${result.total} tests passed)`);
    blind++;
  } else {
    console.log(`✓ ${mutation.name}: caught by ${result.failed.length} test(s):`);
    for (const name of result.failed) console.log(`    ${name}`);
  }
}
console.log(
  `${blind === 0 ? 'every breakage was caught' : `${blind} breakage(s) not caught`} (${Math.round((Date.now() - started) / 1000)} s)`,
);
process.exitCode = blind === 0 ? 0 : 1;
