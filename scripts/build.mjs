// Bundles the CLI with esbuild: a bundled Ink app reaches its first frame ~3x faster than
// an unbundled one. Splitting keeps the explorer (Ink, React) in chunks of its own, loaded
// only when it starts, so export and validate stay quick. The bundle carries every library
// it uses, so the package installs with no dependencies (they are all devDependencies).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * Ink has a development mode, switched on by DEV=true, that imports React DevTools and reads
 * Ink's own package.json: neither is in the bundle, so it could only fail (a DEV=true meant for
 * another tool crashed the explorer). Here it is off for good, and the DevTools module is left
 * out rather than shipped as a chunk that never runs.
 */
const INK_BUILD = /[\\/]node_modules[\\/]ink[\\/]build[\\/]/;
const inkWithoutDevelopmentMode = {
  name: 'ink-without-development-mode',
  setup(context) {
    context.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]utils\.js$/ }, () => ({
      contents: 'export const isDev = () => false;',
      loader: 'js',
    }));
    context.onResolve({ filter: /^\.\/devtools\.js$/ }, ({ importer, path }) =>
      INK_BUILD.test(importer) ? { path, external: true } : undefined,
    );
  },
};

/**
 * Ink hides the cursor through cli-cursor, which asks restore-cursor to show it again at exit:
 * that writes an escape sequence to process.stderr whatever stderr is, so `2>err.log` found one
 * in the log. The explorer shows the cursor itself, on the terminal it was hidden on, on every
 * way out (src/platform/terminal.ts), so restore-cursor is left out.
 */
const cursorShownByTheExplorer = {
  name: 'cursor-shown-by-the-explorer',
  setup(context) {
    context.onResolve({ filter: /^restore-cursor$/ }, ({ path }) => ({ path, namespace: 'cursor-shown-by-the-explorer' }));
    context.onLoad({ filter: /.*/, namespace: 'cursor-shown-by-the-explorer' }, () => ({
      contents: 'export default function restoreCursor() {}',
      loader: 'js',
    }));
  },
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The build: a hash of the sources, fixed in the bundle beside the version. A snapshot records
 * the build that wrote it, so a change to the code never reads a snapshot the old code made.
 * Worked out by src/version.ts, which gives the same hash when the program runs from source.
 */
const sourceHash = fromSource("(await import('./src/version.ts')).sourceHash('src')");

/**
 * The general help, made from the command table now rather than when --help is asked for: the
 * table declares each command with its run, and loading every command would make --help cost
 * ~3x a bare node. Worked out by src/usage.ts, which makes the same text when run from source.
 */
const help = fromSource("(await import('./src/usage.ts')).USAGE");

/** What an expression over the sources comes to, worked out by the sources themselves. */
function fromSource(expression) {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `process.stdout.write(${expression})`], {
    encoding: 'utf8',
  });
}

const define = {
  'process.env.NODE_ENV': '"production"',
  POLICY_EXPLORER_VERSION: JSON.stringify(version),
  POLICY_EXPLORER_BUILD: JSON.stringify(sourceHash),
  POLICY_EXPLORER_HELP: JSON.stringify(help),
};

rmSync('dist', { recursive: true, force: true });
await build({
  // Named cli so the output stays dist/cli.js, which package.json's bin points at.
  entryPoints: { cli: 'src/bin.ts' },
  outdir: 'dist',
  // Chunks sit beside cli.js, not in a folder below it: src/paths.ts finds the package root
  // as the folder above its own file, whichever chunk it ends up in.
  chunkNames: '[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // The version is fixed here, so --version reads no file (src/version.ts).
  define,
  plugins: [inkWithoutDevelopmentMode, cursorShownByTheExplorer],
  logLevel: 'warning',
});

// The snapshot of the bundled data ships beside the bundle. The script that makes it is
// bundled into dist/ for the run, so that it finds the package root as the program does.
const maker = 'dist/shipped-snapshot.mjs';
await build({
  entryPoints: ['scripts/shipped-snapshot.ts'],
  outfile: maker,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  define,
  logLevel: 'warning',
});
try {
  execFileSync(process.execPath, [maker], { stdio: 'inherit' });
} finally {
  rmSync(maker, { force: true });
}
