/**
 * The sync server and the command line as plain JavaScript in `dist-node/`, so that an installed package
 * runs on its runtime dependencies alone (`npm ci --omit=dev`, `npm install --omit=dev <tarball>`).
 * Development keeps running the TypeScript sources through tsx (bin/plan-annotator.js picks).
 *
 * One level below the package root, like the sources, so that the files they read beside them
 * (`../_locales/en/messages.json`, `../package.json`) resolve the same from either.
 */
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const OUT = 'dist-node';

await rm(OUT, { recursive: true, force: true });
await build({
  entryPoints: { main: 'cli/main.ts' },
  outdir: OUT,
  bundle: true,
  // Commands load on use (`import('./serve.ts')`): each becomes a chunk, so `inspect` loads no server.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // fastify, pg, PGlite, pdf.js, zod…: installed as runtime dependencies, never copied in.
  packages: 'external',
  // Not minified, so a stack trace reads as it is; no source maps, whose sources the package leaves out.
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`Server and command line built into ${OUT}/`);
