import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readSourceFile } from './model/source.js';
import { writeNewFile } from './platform/files.js';
import { configDir } from './platform/xdg.js';
import { SettingsSchema, type Settings } from './settingsText.js';

export type { Settings } from './settingsText.js';

/**
 * The explorer's settings, kept in config.yaml in the user's config folder. The file is
 * checked as strictly as the data, and a file with any problem is reported and left unused
 * as a whole, never half-read.
 */

const FILE = 'config.yaml';

export const settingsPath = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  const dir = configDir(env);
  return dir === undefined ? undefined : join(dir, FILE);
};

/** The settings in the file, none when there is no file, and the file's first problem as one line. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): { settings: Settings; problem: string | null } {
  const path = settingsPath(env);
  if (path === undefined || !existsSync(path)) return { settings: {}, problem: null };
  const read = readSourceFile(path, SettingsSchema.strict());
  if ('source' in read) return { settings: read.source.value, problem: null };
  const first = read.problems[0]!;
  return { settings: {}, problem: `${first.file}:${first.line}:${first.col}: ${first.message} (settings not used)` };
}

/**
 * Writes the settings whole (a temporary file, then a rename). Throws with the reason when
 * the folder cannot be made or written, for the caller to show.
 */
export function writeSettings(settings: Settings, env: NodeJS.ProcessEnv = process.env): string {
  const dir = configDir(env);
  if (dir === undefined) throw new Error('no config folder: set HOME or XDG_CONFIG_HOME');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return writeNewFile(dir, FILE, `# policy-explorer settings, saved by the explorer\n${stringify(settings)}`);
}
