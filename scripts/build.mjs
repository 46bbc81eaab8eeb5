// Bundles mlroad with esbuild: an ESM entry whose commands load as split chunks on demand,
// and a tiny CommonJS fast path for `status --prompt`.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __MLROAD_VERSION__: JSON.stringify(pkg.version) },
};

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import{createRequire as __mlroadCreateRequire}from'node:module';const require=__mlroadCreateRequire(import.meta.url);" },
});
await build({ ...common, entryPoints: ['src/fast/prompt.ts'], outfile: 'dist/prompt.cjs', format: 'cjs' });
