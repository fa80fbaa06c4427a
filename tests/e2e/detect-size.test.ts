import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { requireCondition } from '../support/require-env.ts';
import { BUILT_EXTENSION } from './support/extension.ts';

/** The always-on detector runs on every page of many government sites: it must stay small. */
const BUDGET_GZIP_BYTES = 8192;

const run = requireCondition(
  'the built extension',
  existsSync(join(BUILT_EXTENSION, 'manifest.json')),
  'the detect script size is measured on dist/chrome from `npm run build`',
);

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[]; matches: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
}

// Static and dynamic imports of a built module, and a crxjs loader's `chrome.runtime.getURL("...")`.
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;
const EXTENSION_URL = /getURL\(\s*["']([^"']+\.js)["']\s*\)/g;

/** Every file a content script loads, following its imports, as paths inside the extension. */
function filesLoadedBy(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(BUILT_EXTENSION, file), 'utf8');
    for (const [, spec] of code.matchAll(RELATIVE_IMPORT)) {
      if (spec) queue.push(relative(BUILT_EXTENSION, resolve(BUILT_EXTENSION, dirname(file), spec)));
    }
    for (const [, path] of code.matchAll(EXTENSION_URL)) if (path) queue.push(path.replace(/^\//, ''));
  }
  return [...seen];
}

describe.skipIf(!run)('the detect content script', () => {
  it(`loads at most ${BUDGET_GZIP_BYTES} bytes gzipped`, () => {
    const manifest = JSON.parse(readFileSync(join(BUILT_EXTENSION, 'manifest.json'), 'utf8')) as Manifest;
    const scripts = manifest.content_scripts ?? [];
    // Some entries bring only a style sheet (the highlight colours on plan sites); it counts too.
    expect(scripts.filter((script) => (script.js?.length ?? 0) > 0).length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect((script.js?.length ?? 0) + (script.css?.length ?? 0)).toBeGreaterThan(0);
      const files = [...(script.js ?? []).flatMap(filesLoadedBy), ...(script.css ?? [])];
      const sizes = files.map((file) => gzipSync(readFileSync(join(BUILT_EXTENSION, file))).length);
      const total = sizes.reduce((a, b) => a + b, 0);
      console.info(`detect content script: ${files.join(', ')}: ${total} bytes gzipped`);
      // Nothing big may ride along: no zod, no Preact, no annotator.
      for (const file of files) {
        expect(readFileSync(join(BUILT_EXTENSION, file), 'utf8')).not.toMatch(/ZodError|\$ZodType/);
      }
      expect(total).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    }
  });

  it('is one self-contained file that no page can fetch', () => {
    // Were the detector to share a module with another entry (the background reads plans with the same
    // code), the bundler would split it into chunks that crxjs loads with a dynamic import: more requests,
    // chunks listed as web-accessible (a page could then tell the extension is installed), and no detector
    // on sites added at run time. vite.config.ts gives the detector its own copies; this keeps it so.
    const manifest = JSON.parse(readFileSync(join(BUILT_EXTENSION, 'manifest.json'), 'utf8')) as Manifest;
    for (const script of manifest.content_scripts ?? []) {
      for (const entry of script.js ?? []) expect(filesLoadedBy(entry)).toEqual([entry]);
    }
    const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    expect(exposed).toEqual(['src/sidebar/sidebar.html']);
  });
});
