import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { t } from '../../src/ui/strings.js';
import { runCli, temporaryFolder } from '../helpers.js';
import { Tmux } from './tmux.js';

// Copies go to files (clipboard off), in a folder of the test's own, not the user's state folder.
const STATE = mkdtempSync(join(tmpdir(), 'pe-fuzz-state-'));
const BUILT = join(PACKAGE_ROOT, 'dist', 'cli.js');
const CLI = `env XDG_STATE_HOME=${STATE} node ${BUILT} --clipboard off`;
const run = Tmux.available() || process.env.CI ? describe : describe.skip;
/** How long the keys rain down: about 20 s in CI, less on a developer's machine; FUZZ_MS overrides. */
const DURATION_MS = Number(process.env.FUZZ_MS ?? (process.env.CI ? 20_000 : 6_000));
// CI replays one sequence, so a red run is the code's doing; elsewhere each run tries a new one.
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.CI ? 20_261_122 : Date.now() % 1_000_000));

let tmux: Tmux | undefined;
afterEach(() => tmux?.kill());
afterAll(() => rmSync(STATE, { recursive: true, force: true }));

/** A small seeded generator, so a failing run can be replayed with FUZZ_SEED. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: <T>(items: readonly T[]) => items[int(items.length)]! };
}

const NAMED = ['Up', 'Down', 'Left', 'Right', 'PageUp', 'PageDown', 'Home', 'End', 'Enter', 'Escape', 'Tab', 'BTab', 'BSpace', 'DC', 'IC'];
const FUNCTION_KEYS = Array.from({ length: 12 }, (_, i) => `F${i + 1}`);
// q would quit, and Ctrl-C, Ctrl-Z would end or stop the app: the fuzzer sends every other key.
const LETTERS = [...'abdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789/?.,;:-_ 扬州高新'];
const CTRL = [...'abdefghijklmnoprstuvwxy'].map((c) => `C-${c}`);
// Every CSI and SS3 key with a Shift/Alt/Ctrl modifier, some of which Ink 6.8 cannot name.
const MODIFIED: string[] = [];
for (let m = 2; m <= 8; m++) {
  for (const final of 'ABCDHFPQRS') MODIFIED.push(`\u001B[1;${m}${final}`, `\u001BO${m}${final}`);
  for (const n of [2, 3, 5, 6, 15, 17, 18, 19, 20, 21, 23, 24]) MODIFIED.push(`\u001B[${n};${m}~`);
}
const ODD = [
  '\u001B[6n',
  // What a terminal answers to ESC[6n: the cursor's row and column.
  '\u001B[12;40R',
  '\u001BO5x',
  '\u001B[200~pasted\u001B[201~',
  '\u001B[M !!',
  '\u001B[<0;10;10M',
  '\u001Bx',
  '\u001B\u001B[A',
  '\u0000',
  '\u007F',
];
const PASTES = ['瞪羚企业'.repeat(600), 'R&D intensity '.repeat(300), '高新技術企業1729家\n'.repeat(200)];

/** Sends random keys for DURATION_MS, reading the screen every 40 keys to see the app still `alive`; returns what it sent. */
function rain(tmux: Tmux, r: ReturnType<typeof random>, app: string, alive: (screen: string) => boolean): string[] {
  const sent: string[] = [];
  for (const end = Date.now() + DURATION_MS; Date.now() < end;) {
    const roll = r.int(100);
    if (roll < 30) tmux.keys(sent[sent.push(r.pick(LETTERS)) - 1]!);
    else if (roll < 50) tmux.keys(sent[sent.push(r.pick(NAMED)) - 1]!);
    else if (roll < 58) tmux.keys(sent[sent.push(r.pick(FUNCTION_KEYS)) - 1]!);
    else if (roll < 66) tmux.keys(sent[sent.push(r.pick(CTRL)) - 1]!);
    else if (roll < 86) tmux.bytes(sent[sent.push(r.pick(MODIFIED)) - 1]!);
    else if (roll < 92) tmux.bytes(sent[sent.push(r.pick(ODD)) - 1]!);
    else if (roll < 95) {
      const paste = r.pick(PASTES);
      sent.push(`paste of ${paste.length} characters`);
      tmux.literal(paste);
    } else {
      const [columns, rows] = r.pick([
        [1, 1],
        [30, 8],
        [40, 10],
        [80, 24],
        [120, 40],
        [200, 60],
      ] as const);
      sent.push(`resize ${columns}×${rows}`);
      tmux.resize(columns, rows);
    }
    if (sent.length % 40 === 0) {
      const screen = tmux.screen();
      expect(alive(screen), `the ${app} died (FUZZ_SEED=${SEED}); last keys: ${JSON.stringify(sent.slice(-10))}\n${screen}`).toBe(true);
    }
  }
  return sent;
}

/**
 * The head line of an open overlay (search box, related figures, help, chooser, palette, find box) in either
 * interface language, or null. Every overlay draws its head on the line below the tabs; only
 * that line is read, since a document's title elsewhere on screen may hold the same words.
 */
function overlay(screen: string): string | null {
  const ids = ['searchHint', 'results', 'result', 'noResults', 'relatedTo', 'helpFilter', 'chooserHint'] as const;
  const markers = ids.flatMap((id) => [t(id, 'en'), t(id, 'zh')]);
  const head = screen.split('\n')[1] ?? '';
  // The search box, and the help's filter box once something is typed in it.
  const box = /^\/ /u.test(head) || new RegExp(`^ (?:${t('help', 'en')}|${t('help', 'zh')}) {2}/ `, 'u').test(head);
  // The command palette, with or without something typed.
  const palette = new RegExp(`^ (?:${t('palette', 'en')}|${t('palette', 'zh')}) {2}`, 'u').test(head);
  // The reader's find box, its query ending at the cursor mark.
  const find = new RegExp(`^(?:${t('findLabel', 'en')}|${t('findLabel', 'zh')}) .*▏`, 'u').test(head);
  // The save box, and its question whether to replace a file, which Esc closes first.
  const replace = screen.split('\n').find((line) => line.includes('replace it? y/n') || line.includes('是否替换？y/n'));
  if (replace !== undefined) return replace;
  const title = (lang: 'en' | 'zh') => t('saveTitle', lang).split('{what}')[0]!;
  const save = head.startsWith(` ${title('en')}`) || head.startsWith(` ${title('zh')}`);
  return box || palette || find || save || markers.some((m) => head.includes(m)) ? head : null;
}

/** The pane tabs, in either language: the explorer is drawn, not too small. */
const drawn = (screen: string) => /^ 1 \S+ {3}2 \S+ {3}3 /mu.test(screen);

/** The review's title: it is drawn. */
const reviewing = (screen: string) => /^ Review {3}\d+\/17 reviewed/mu.test(screen);
/** The review's last line: the keys of the mode it is in. */
const keysShown = (screen: string) => screen.trimEnd().split('\n').at(-1) ?? '';
/** The shell's prompt is the last line: the app has given the terminal back. */
const prompting = (screen: string) => screen.trimEnd().split('\n').at(-1) === '$';
/** A sentence that would decide, were its letters keys. */
const SENTENCE = 'accept all of these: A y, reject x, then quit q. ';

/** Waits for the screen to pass `test`, failing with what it waited for and how to replay the keys. */
async function settle(tmux: Tmux, replay: string, what: string, test: (screen: string) => boolean) {
  try {
    await tmux.waitFor(test);
  } catch (error) {
    throw new Error(`${what} (${replay}): ${(error as Error).message}`);
  }
}

/**
 * Sends the review what it cannot use (Ctrl+F1, a cursor request and a terminal's answer, a
 * long paste, a short one the terminal marks), then o, and waits for the order it turns to:
 * keys are read in turn, so everything before o was read by then.
 */
async function unusable(tmux: Tmux, order: string) {
  for (const sequence of ['\u001B[1;5P', '\u001B[6n', '\u001B[12;40R']) tmux.bytes(sequence);
  tmux.literal(SENTENCE.repeat(4));
  tmux.paste('ay');
  const before = tmux.screen();
  tmux.keys('o');
  await settle(tmux, `before o:\n${before}`, `o did not turn the order to ${order}`, (s) => reviewing(s) && s.includes(order));
}

/**
 * Each overlay the review opens over a proposal, by the keys that open it: the fields, a
 * field's list (the measure's, ninth), the links, the proposed place's form, the folder's list
 * and a decision's diff.
 */
const OVERLAYS: readonly { readonly keys: readonly string[]; readonly hint: string; readonly takesText?: true }[] = [
  { keys: ['e'], hint: 'Esc done' },
  { keys: ['e', ...'jjjjjjjj', 'Enter'], hint: 'Space pick', takesText: true },
  { keys: ['l'], hint: 'Enter link' },
  { keys: ['p'], hint: 'f finish' },
  { keys: ['L'], hint: 'Space mark' },
  { keys: ['d'], hint: 'Esc close' },
];
const LONG_PASTE = '研发经费投入强度达到2.5%，R&D intensity 2.5%. '.repeat(2_500).slice(0, 100_000);

/**
 * Opens each overlay and sends it what it cannot use, as `unusable` does the proposal, and a
 * 100,000-character paste: it stays open and drawn, and Esc takes it back to the proposal.
 */
async function overlaysKeepWorking(tmux: Tmux, replay: string) {
  const main = (s: string) => reviewing(s) && keysShown(s).includes('a accept');
  for (const { keys, hint, takesText } of OVERLAYS) {
    tmux.keys(...keys);
    await settle(tmux, replay, `${keys.join(' ')} opened nothing`, (s) => reviewing(s) && keysShown(s).includes(hint));
    // The overlay's own keys, not those of a step on the way to it (the fields, before a field's list).
    const opened = keysShown(tmux.screen());
    for (const sequence of ['\u001B[1;5P', '\u001B[6n', '\u001B[12;40R']) tmux.bytes(sequence);
    tmux.paste(LONG_PASTE);
    // A list's filter takes the paste: it is drawn before Ctrl-Z, as a person would see it first.
    if (takesText) {
      const drawn = (s: string) => s.includes(LONG_PASTE.slice(0, 12)) && keysShown(s) === opened;
      await settle(tmux, replay, `${keys.join(' ')}: the paste was not drawn`, drawn);
    }
    // Ctrl-Z is read after the paste: once the shell is back, all of it was read.
    await suspendAndResume(tmux, (s) => reviewing(s) && keysShown(s) === opened);
    for (let i = 0; i < 3 && !main(tmux.screen()); i++) {
      const screen = tmux.screen();
      tmux.keys('Escape');
      await settle(tmux, replay, `Esc did not leave "${keysShown(screen)}"`, (s) => s !== screen);
    }
    await settle(tmux, replay, `${keys.join(' ')}: Esc did not come back to the proposal`, main);
  }
}

/**
 * Ctrl-Z, then fg at the shell's prompt: the app is drawn again, showing `shown`, before any
 * key. The shell's screen is cleared before fg, so the next "Stopped" it shows is the next
 * suspend's.
 */
async function suspendAndResume(tmux: Tmux, shown: (screen: string) => boolean) {
  tmux.keys('C-z');
  await tmux.waitFor((s) => !tmux.alternate() && s.includes('Stopped') && prompting(s));
  tmux.line('clear; fg');
  await tmux.waitFor((s) => tmux.alternate() && shown(s));
}

run('random keys', () => {
  it(
    `leave the explorer alive, and q still exits 0 and restores the terminal (${DURATION_MS / 1000} s)`,
    async () => {
      const seed = SEED;
      const r = random(seed);
      tmux = new Tmux();
      tmux.start(CLI, 100, 30);
      await tmux.waitFor((s) => s.includes('1 Documents'));
      const alive = (screen: string) => !screen.includes('EXITED:');
      const sent = rain(tmux, r, 'explorer', alive);
      const replay = `FUZZ_SEED=${seed}, ${sent.length} keys; last: ${JSON.stringify(sent.slice(-10))}`;
      const settled = async (what: string, test: (screen: string) => boolean) => {
        try {
          await tmux!.waitFor(test);
        } catch (error) {
          throw new Error(`${what} (${replay}): ${(error as Error).message}`);
        }
      };
      tmux.resize(100, 30);
      await settled('not drawn after the keys', drawn);
      // Close whatever overlay is open, one Esc at a time (Esc then q at once would read as Alt-q).
      for (let marker = overlay(tmux.screen()); marker; marker = overlay(tmux.screen())) {
        tmux.keys('Escape');
        await settled(`Esc did not close ${marker}`, (s) => !s.includes(marker));
      }
      tmux.keys('q');
      const after = await tmux.waitFor((s) => s.includes('EXITED:'), 30_000);
      expect(after, `FUZZ_SEED=${seed}, ${sent.length} keys; last: ${JSON.stringify(sent.slice(-10))}`).toContain('EXITED:0');
      expect(tmux.alternate()).toBe(false);
    },
    DURATION_MS + 60_000,
  );

  it(
    `leave the review alive, a paste deciding nothing, drawn again after Ctrl-Z and fg; q exits 0 and restores the terminal (${DURATION_MS / 1000} s)`,
    async () => {
      const r = random(SEED);
      // A zone's report: ingest proposes the zone as a new place, which p opens.
      const dir = temporaryFolder();
      const page = join(PACKAGE_ROOT, 'test', 'fixtures', 'work-report-page.txt');
      expect(runCli(['ingest', page, '--into', dir, '--place', '西安高新区', '--place-id', 'xian-hitech']).code).toBe(0);
      const path = join(dir, 'documents', readdirSync(join(dir, 'documents'))[0]!);
      tmux = new Tmux();
      tmux.startInShell(`node ${BUILT} review ${dir}`, 100, 30);
      await tmux.waitFor(reviewing);
      // Keys Ink 6.8 throws on, a long paste and a short one the terminal marks: none ends the review, none decides.
      const before = readFileSync(path, 'utf8');
      await unusable(tmux, 'in text order');
      expect(readFileSync(path, 'utf8')).toBe(before);
      await suspendAndResume(tmux, (s) => s.includes('in text order'));
      // Every overlay, while every proposal is there to open it on: none decides anything.
      await overlaysKeepWorking(tmux, `FUZZ_SEED=${SEED}, before the random keys`);
      expect(readFileSync(path, 'utf8')).toBe(before);

      const sent = rain(tmux, r, 'review', () => tmux!.alternate());
      const replay = `FUZZ_SEED=${SEED}, ${sent.length} keys; last: ${JSON.stringify(sent.slice(-10))}`;
      tmux.resize(100, 30);
      await settle(tmux, replay, 'not drawn after the keys', reviewing);
      // Ctrl-Z is read after every key still queued, so once the shell is back all of them were read,
      // and the order the screen then shows is the one o turns from.
      await suspendAndResume(tmux, reviewing);
      // Back to the proposals, one Esc at a time: out of a field, the fields or the question.
      for (let i = 0; i < 3 && !keysShown(tmux.screen()).includes('a accept'); i++) {
        const screen = tmux.screen();
        tmux.keys('Escape');
        await settle(tmux, replay, `Esc did not leave "${keysShown(screen)}"`, (s) => s !== screen);
      }
      const decided = readFileSync(path, 'utf8');
      // The order is read from a title drawn whole: after fg the app may draw once at the size it
      // had before the resize, cutting the order off, and then again at the terminal's.
      const ordered = await tmux.waitFor((s) => reviewing(s) && /least sure first|in text order/u.test(s.split('\n')[0] ?? ''));
      await unusable(tmux, ordered.includes('in text order') ? 'least sure first' : 'in text order');
      expect(readFileSync(path, 'utf8'), replay).toBe(decided);
      await suspendAndResume(tmux, reviewing);

      tmux.keys('q');
      await settle(tmux, replay, 'q did not give the shell its prompt back', (s) => !tmux!.alternate() && prompting(s));
      tmux.line('echo EXITED:$?');
      expect(await tmux.waitFor((s) => s.includes('EXITED:'))).toContain('EXITED:0');
      expect(tmux.alternate()).toBe(false);
    },
    DURATION_MS + 60_000,
  );
});
