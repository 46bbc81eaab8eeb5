// Bundles mlroad with esbuild into CommonJS, which Node starts faster than ESM: one main
// bundle (commander, chalk, our code) and lazily required bundles for everything heavy.
// A command loads the heavy ones only when it must: parsing a changed roadmap (yaml, zod),
// prompting (inquirer), scheduling (ts-fsrs).

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** import specifier (as written in src/) → the lazily required bundle that provides it. */
const LAZY = {
  '../core/roadmap/parse.js': 'parse',
  '../core/quiz/formula.js': 'formula',
  '../core/roadmap/json-schema.js': 'json-schema',
  '../shell/prompt-snippets.js': 'shell-prompt',
  '../shell/completion.js': 'shell-completion',
  './es.js': 'i18n-es',
  './color-style.js': 'color-style',
  '@inquirer/prompts': 'inquirer',
  'ts-fsrs': 'fsrs',
};
const LAZY_SOURCES = {
  parse: 'src/core/roadmap/parse.ts',
  formula: 'src/core/quiz/formula.ts',
  'json-schema': 'src/core/roadmap/json-schema.ts',
  'shell-prompt': 'src/shell/prompt-snippets.ts',
  'shell-completion': 'src/shell/completion.ts',
  'i18n-es': 'src/i18n/es.ts',
  'color-style': 'src/ui/color-style.ts',
  inquirer: '@inquirer/prompts',
  fsrs: 'ts-fsrs',
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Turn `await import()` into require(): no ESM loader at start-up.
  supported: { 'dynamic-import': false },
  // import.meta.dirname (Node >= 20.11) is the bundle's folder; nothing in the bundles uses import.meta.url.
  define: { __MLROAD_VERSION__: JSON.stringify(pkg.version), 'import.meta.dirname': '__dirname' },
};

const lazyPlugin = (self) => ({
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const target = LAZY[args.path];
      if (!target || target === self || args.kind !== 'dynamic-import') return undefined;
      // Relative to the requiring bundle: dist/main.cjs → dist/lib/x.cjs; a lib → its sibling.
      return { path: self === null ? `./lib/${target}.cjs` : `./${target}.cjs`, external: true };
    });
  },
});

// Node's child_process (with net and dgram behind it), crypto, readline and tty (net again) cost ~9 ms to load,
// and most commands never call them: commander needs child_process only for executable
// subcommands, which mlroad has none of. Each is required on its first use instead.
const LAZY_BUILTINS = /^(node:)?(child_process|crypto|readline|tty)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    // The shim's own require() is the real module.
    b.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      // Named exports, so that both `import { spawn }` and commander's `require()` see them;
      // only functions can be deferred, and importing anything else fails this build.
      const builtin = `node:${args.path}`;
      const names = Object.keys(require(builtin)).filter((name) => typeof require(builtin)[name] === 'function');
      const wrappers = names.map((name) => `export function ${name}(...a) { const f = load().${name}; return new.target ? new f(...a) : f.apply(this, a); }`);
      return { contents: [`let m; const load = () => (m ??= require(${JSON.stringify(builtin)}));`, ...wrappers].join('\n'), loader: 'js' };
    });
  },
};

// chalk's supports-color asks node:tty whether stdout and stderr are terminals as it loads, and
// node:tty loads node:net: it asks src/terminal.ts instead, which answers a pipe or a file
// without either.
const chalkTerminal = {
  name: 'chalk-terminal',
  setup(b) {
    b.onResolve({ filter: /^(node:)?tty$/ }, (args) => (/[\\/]chalk[\\/]/.test(args.importer) ? { path: 'tty', namespace: 'chalk-tty' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'chalk-tty' }, () => ({
      contents: "import { isTerminal } from './src/terminal.ts'; export const isatty = isTerminal; export default { isatty: isTerminal };",
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    }));
  },
};

// yaml's parser reads process.env.LOG_TOKENS once per token, and a process.env read is a call
// into C++: a fifth of a large roadmap's cold parse. Read it once when the module loads instead.
const yamlTokensOnce = {
  name: 'yaml-log-tokens-once',
  setup(b) {
    b.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('node_process.env.LOG_TOKENS')) return undefined;
      return {
        contents: `${source.replaceAll('node_process.env.LOG_TOKENS', '__yamlLogTokens')}\nvar __yamlLogTokens = node_process.env.LOG_TOKENS;\n`,
        loader: 'js',
      };
    });
  },
};

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/main.cjs', plugins: [lazyPlugin(null), chalkTerminal, lazyBuiltins] });
for (const [name, source] of Object.entries(LAZY_SOURCES)) {
  const entry = source.startsWith('src/') ? source : undefined;
  await build({
    ...common,
    ...(entry
      ? { entryPoints: [entry] }
      : { stdin: { contents: source.includes('require(') ? source : `module.exports = require(${JSON.stringify(source)});`, resolveDir: '.', loader: 'js' } }),
    outfile: `dist/lib/${name}.cjs`,
    plugins: [lazyPlugin(name), yamlTokensOnce, chalkTerminal, lazyBuiltins],
  });
}
await build({ ...common, entryPoints: ['src/fast/prompt.ts'], outfile: 'dist/prompt.cjs' });
await build({ ...common, entryPoints: ['src/fast/code-cache.ts'], outfile: 'dist/code-cache.cjs' });

// The JSON Schemas ship in the package (schema/), generated from the zod schema so they
// cannot drift from what mlroad accepts.
const { roadmapJsonSchema, quizJsonSchema, exerciseJsonSchema } = require('../dist/lib/json-schema.cjs');
mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/roadmap.schema.json', import.meta.url), `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`);
writeFileSync(new URL('../schema/quiz.schema.json', import.meta.url), `${JSON.stringify(quizJsonSchema(), null, 2)}\n`);
writeFileSync(new URL('../schema/exercise.schema.json', import.meta.url), `${JSON.stringify(exerciseJsonSchema(), null, 2)}\n`);
