import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

interface WebAccessible {
  resources: string[];
}

/** The always-on detector's entry; see `detectorOwnModules`. */
const DETECTOR_ENTRY = resolve('content-scripts/detect/index.ts');
const DETECTOR_COPY = '?detector';

/**
 * The detector must load as one self-contained file: when it shares a module with another entry (the
 * background reads plans with the same detection code), the bundler splits that module into a chunk and
 * crxjs loads it through a dynamic import, which only works where the chunk is web-accessible, which
 * would let any page learn the extension is installed. So every module the detector imports is a copy
 * of its own, told apart by a query on its id; the bundle carries the few kilobytes twice.
 */
function detectorOwnModules(): Plugin {
  return {
    name: 'plan-annotator:detector-own-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const fromDetector = importer === DETECTOR_ENTRY || importer.endsWith(DETECTOR_COPY);
      if (!fromDetector || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer.replace(DETECTOR_COPY, ''), {
        ...options,
        skipSelf: true,
      });
      return resolved && !resolved.external ? `${resolved.id}${DETECTOR_COPY}` : resolved;
    },
  };
}

/**
 * crxjs lists every script imported with `?script` as web-accessible, so any page could fetch the
 * annotator and learn the extension is installed. `scripting.executeScript` needs no such entry, so
 * the built manifest keeps only what we list ourselves.
 */
function keepInjectedScriptsPrivate(): Plugin {
  let outDir = 'dist/chrome';
  return {
    name: 'plan-annotator:keep-injected-scripts-private',
    enforce: 'post',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // crxjs writes the manifest late (its content scripts are built after the main bundle), so this
    // edits the written file once everything is on disk.
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const path = join(outDir, 'manifest.json');
        const built = JSON.parse(await readFile(path, 'utf8')) as {
          web_accessible_resources?: WebAccessible[];
        };
        built.web_accessible_resources = (built.web_accessible_resources ?? []).filter(
          (entry) => !entry.resources.some((resource) => resource.startsWith('content-scripts/')),
        );
        await writeFile(path, JSON.stringify(built, null, 2));
      },
    },
  };
}

export default defineConfig({
  plugins: [detectorOwnModules(), crx({ manifest }), keepInjectedScriptsPrivate()],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    // The sidebar is framed into pages and the PDF viewer is opened by address; neither is named as a
    // page in the manifest, so both are explicit inputs.
    rollupOptions: {
      input: { sidebar: 'src/sidebar/sidebar.html', viewer: 'src/viewer/viewer.html' },
    },
    sourcemap: false,
    target: 'chrome120',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
