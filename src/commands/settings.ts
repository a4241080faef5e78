import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeUtf8, readRegularFile, YAML_LIMIT } from '../model/files.js';
import { displayPath, notUtf8 } from '../model/source.js';
import type { Problem } from '../model/types.js';
import { replaceFile } from '../platform/files.js';
import { configDir } from '../platform/xdg.js';
import { SETTING_NAMES, settingsInText, withSetting, type Settings } from './settingsText.js';

export type { Settings } from './settingsText.js';

/**
 * The explorer's settings, kept in config.yaml in the user's config folder. The file is the
 * person's own: it is read once at the start, and a change of a setting edits that setting's
 * line in the file as it is at that moment. A file that cannot be read as settings is never
 * written over: the person may be halfway through editing it.
 */

const FILE = 'config.yaml';
/** The first line of a file the explorer makes, to say what it is to someone who finds it. */
const HEADER = '# policy-explorer settings, saved by the explorer\n';
/** How often a save reads the file again when another program changes it under the save. */
const TRIES = 3;

export const settingsPath = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  const dir = configDir(env);
  return dir === undefined ? undefined : join(dir, FILE);
};

/** config.yaml as it is now: none, its bytes and text, or why it cannot be read. */
type OnDisk = { readonly bytes: null } | { readonly bytes: Buffer; readonly text: string } | { readonly problem: Problem };

function onDisk(path: string): OnDisk {
  const file = displayPath(path);
  // No file, or no folder for it: no settings yet.
  if (!existsSync(path)) return { bytes: null };
  const read = readRegularFile(path, YAML_LIMIT);
  if ('error' in read) return read.missing ? { bytes: null } : { problem: { file, line: 1, col: 1, message: read.error } };
  const decoded = decodeUtf8(read.bytes);
  if ('badByte' in decoded) return { problem: notUtf8(file, read.bytes, decoded.badByte) };
  return { bytes: read.bytes, text: decoded.text };
}

/** The settings in the file (none when there is no file or it cannot be read), and what is wrong with it, in one line. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): { settings: Settings; problem: string | null } {
  const path = settingsPath(env);
  if (path === undefined) return { settings: {}, problem: null };
  const notUsed = ({ file, line, col, message }: Problem) => ({
    settings: {},
    problem: `${file}:${line}:${col}: ${message} (settings not used)`,
  });
  const now = onDisk(path);
  if ('problem' in now) return notUsed(now.problem);
  if (now.bytes === null) return { settings: {}, problem: null };
  const read = settingsInText(now.text, displayPath(path));
  if ('problem' in read) return notUsed(read.problem);
  const [first, ...more] = read.unknown;
  if (first === undefined) return { settings: read.settings, problem: null };
  const others = more.length === 0 ? '' : ` (and ${more.length} more)`;
  return {
    settings: read.settings,
    problem:
      `${displayPath(path)}:${first.line}:${first.col}: unknown setting "${first.name}"${others}, ` +
      `kept in the file but not used (the settings are ${SETTING_NAMES.join(', ')})`,
  };
}

/** Why a change of settings was not saved: the file has a problem the person must mend first. */
export class SettingsFileBroken extends Error {
  /** The file's name, for a status line too narrow for its path. */
  readonly file: string;
  readonly line: number;
  constructor(readonly problem: Problem) {
    const file = basename(problem.file);
    super(`${file} line ${problem.line} has a problem; mend it or remove it`);
    this.file = file;
    this.line = problem.line;
  }
}

/** A system error as what to do about the settings folder; the program's own errors say that already. */
function folderProblem(dir: string, error: unknown): Error {
  const { code, syscall } = error as NodeJS.ErrnoException;
  if (syscall === undefined) return error as Error;
  const what = code === 'EEXIST' || code === 'ENOTDIR' ? 'is not a folder' : `cannot be written (${code})`;
  return new Error(`${dir} ${what}: make it a folder you can write to, or set XDG_CONFIG_HOME to another`);
}

const same = (a: Settings, b: Settings) => SETTING_NAMES.every((name) => a[name] === b[name]);

/**
 * Saves a change of settings into config.yaml: each changed setting's value replaced on its
 * line, or a line added for it, and every other byte of the file kept. The file is written
 * whole (a temporary file, then a rename), keeps its mode, and is replaced only if it still
 * holds what the save read: should another explorer write it meanwhile, the change is made
 * again on what that one wrote, so both keep theirs. Throws with the reason, for the caller
 * to show, when the file cannot be read as settings (SettingsFileBroken) or the folder cannot
 * be written.
 */
export function saveSettings(change: Settings, env: NodeJS.ProcessEnv = process.env): void {
  const dir = configDir(env);
  if (dir === undefined) throw new Error('no config folder: set HOME or XDG_CONFIG_HOME');
  const path = join(dir, FILE);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw folderProblem(dir, error);
  }
  for (let tries = 0; tries < TRIES; tries++) {
    const now = onDisk(path);
    if ('problem' in now) throw new SettingsFileBroken(now.problem);
    const text = now.bytes === null ? '' : now.text;
    const read = settingsInText(text, displayPath(path));
    if ('problem' in read) throw new SettingsFileBroken(read.problem);
    let next = text;
    for (const name of SETTING_NAMES) {
      const value = change[name];
      if (value !== undefined && value !== read.settings[name]) next = withSetting(next, name, value);
    }
    if (next === text) return;
    // What is written must read back as the settings asked for, and as nothing else.
    const after = settingsInText(next, displayPath(path));
    if ('problem' in after || !same(after.settings, { ...read.settings, ...change })) {
      throw new Error(`${FILE} could not be changed on its own lines: set ${Object.keys(change).join(', ')} in it by hand`);
    }
    // A byte order mark is not part of the text the edit was made on, but it is the person's.
    const bom = now.bytes !== null && now.bytes[0] === 0xef && now.bytes[1] === 0xbb && now.bytes[2] === 0xbf ? '\uFEFF' : '';
    try {
      // A config.yaml that links into a folder of dotfiles stays a link: the file it names is the one edited.
      const target = now.bytes === null ? path : realpathSync(path);
      if (replaceFile(target, now.bytes === null ? HEADER + next : bom + next, now.bytes)) return;
    } catch (error) {
      throw folderProblem(dir, error);
    }
  }
  throw new Error(`${FILE} kept changing while the settings were saved: change the setting again`);
}
