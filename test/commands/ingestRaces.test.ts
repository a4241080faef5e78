import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli, temporaryFolder } from '../helpers.js';

/**
 * Someone else writes into the folder while an ingest reads its text: a person saves a
 * document in their editor or a review, another program takes the id. The figures are being
 * proposed then, so that is when the other write is made here.
 */
const meanwhile = vi.hoisted(() => ({ write: undefined as (() => void) | undefined, after: 0 }));
vi.mock('../../src/ingest/figures/propose.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ingest/figures/propose.js')>();
  return {
    ...original,
    propose: (...args: Parameters<typeof original.propose>) => {
      // `after` texts are let through first.
      if (meanwhile.write && meanwhile.after-- === 0) meanwhile.write();
      return original.propose(...args);
    },
  };
});
afterEach(() => Object.assign(meanwhile, { write: undefined, after: 0 }));

const PAGE = join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt');
const XIAN = ['--place', '西安市', '--place-id', 'xian'];

describe('a write made by someone else while ingest runs', () => {
  it("is never overwritten: a person's edit saved during a second ingest stands, and the ingest says so", () => {
    const into = join(temporaryFolder(), 'corpus');
    expect(runCli(['ingest', PAGE, '--into', into, ...XIAN]).code).toBe(0);
    const path = join(into, 'documents', 'xian-work-report-2025.yaml');
    // The second run would add a proposal: its first one is gone from the file.
    const first = readFileSync(path, 'utf8');
    const fewer = first.replace(/ {2}- id: xian-work-report-2025-p001\n(?: {4}.*\n)+/u, '');
    writeFileSync(path, fewer);
    const edited = `# checked by hand\n${fewer}`;
    meanwhile.write = () => writeFileSync(path, edited);
    const { code, err } = runCli(['ingest', PAGE, '--into', into]);
    expect(err).toMatch(
      /xian-work-report-2025\.yaml changed while the ingest read it \(a review or an editor saved it\): nothing was written/u,
    );
    expect(code).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(readdirSync(join(into, 'documents'))).toEqual(['xian-work-report-2025.yaml']);
  });

  it('takes back the seed of a text whose document name another program took first, and keeps the text before it', () => {
    const texts = temporaryFolder();
    const first = join(texts, 'first.txt');
    // Two texts of one place, kind and year, under titles of their own: two documents, not two versions of one.
    writeFileSync(first, readFileSync(PAGE, 'utf8').replace('各位代表：', '各位代表：\n又一份。').replace('（摘要）', '（又一份）'));
    const second = join(texts, 'second.txt');
    writeFileSync(second, readFileSync(PAGE, 'utf8').replace('各位代表：', '各位代表：\n另一份。').replace('（摘要）', '（另一份）'));
    const into = join(temporaryFolder(), 'corpus');
    const taken = join(into, 'documents', 'xian-work-report-2025-2.yaml');
    meanwhile.after = 1;
    meanwhile.write = () => writeFileSync(taken, '# made by another program\n');
    const { code, err, out } = runCli(['ingest', first, second, '--into', into, ...XIAN]);
    expect(err).toMatch(/xian-work-report-2025-2\.yaml was made by another program meanwhile: nothing was written; run the ingest again/u);
    expect(code).toBe(1);
    expect(out).toMatch(/^first\s+xian-work-report-2025\s/mu);
    expect(readdirSync(join(into, 'seeds'))).toEqual(['xian-work-report-2025.txt']);
    expect(readFileSync(taken, 'utf8')).toBe('# made by another program\n');
  });

  it('takes back the proposed place with the document that named it', () => {
    const into = join(temporaryFolder(), 'corpus');
    expect(runCli(['ingest', PAGE, '--into', into, '--place', 'nanning']).code).toBe(0);
    const places = readFileSync(join(into, 'places.yaml'), 'utf8');
    const text = join(temporaryFolder(), 'xian.txt');
    writeFileSync(text, readFileSync(PAGE, 'utf8').replace('各位代表：', '各位代表：\n另一份。'));
    meanwhile.write = () => writeFileSync(join(into, 'documents', 'xian-work-report-2025.yaml'), '# made by another program\n');
    expect(runCli(['ingest', text, '--into', into, ...XIAN]).code).toBe(1);
    expect(readdirSync(join(into, 'seeds'))).toEqual(['nanning-work-report-2025.txt']);
    expect(readFileSync(join(into, 'places.yaml'), 'utf8')).toBe(places);
  });
});

describe('what a failed ingest cannot take back', () => {
  it('is left as it is when someone changed it after ingest wrote it, and said', () => {
    const into = join(temporaryFolder(), 'corpus');
    const seed = join(into, 'seeds', 'xian-work-report-2025.txt');
    meanwhile.write = () => {
      writeFileSync(seed, 'changed by someone else\n');
      writeFileSync(join(into, 'documents', 'xian-work-report-2025.yaml'), '# made by another program\n');
    };
    const { code, err } = runCli(['ingest', PAGE, '--into', into, ...XIAN]);
    expect(code).toBe(1);
    expect(err).toContain(`left as they are, since they changed after ingest wrote them: ${seed}`);
    expect(readFileSync(seed, 'utf8')).toBe('changed by someone else\n');
  });
});
