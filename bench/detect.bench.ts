/**
 * The always-on detector's work on a page (its bounded sample plus the core detector) against one
 * `document.body.textContent` read of the same page, the cheapest way to look at a whole page's text.
 * Both run in Debian's Chromium, in the page, on the same documents; goal: less work than the one read.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { planParagraphs, seededRandom } from './corpus/plan-corpus.ts';

const ROUNDS = 5;
/** Pages from this size on are where reading the whole text costs something worth saving. */
const LONG_PAGE_CHARS = 100_000;

interface Page {
  name: string;
  html: string;
}

/** A long plan page made of generated paragraphs, with headings and links as real plans have. */
function generatedPlan(size: number): string {
  const paragraphs = planParagraphs(seededRandom(7), size);
  const body = paragraphs
    .map((p, i) => (i % 12 === 0 ? `<h2>Commitment ${i / 12 + 1}: ${p.slice(0, 60)}</h2>` : `<p>${p}</p>`))
    .join('\n');
  return `<!doctype html><title>National Action Plan</title><body><h1>Open Government National Action Plan</h1>${body}</body>`;
}

async function pages(): Promise<Page[]> {
  const fixtures = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));
  const found: Page[] = [];
  for (const name of ['plan.html', 'not-a-plan.html']) {
    found.push({ name, html: await readFile(join(fixtures, name), 'utf8') });
  }
  const corpus = process.env['PLAN_CORPUS_DIR'];
  if (corpus) {
    const dir = join(corpus, 'pages');
    for (const name of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
      found.push({ name: `corpus/${name}`, html: await readFile(join(dir, name), 'utf8') });
    }
  } else {
    console.log('PLAN_CORPUS_DIR is not set: the corpus pages are left out of this run.');
  }
  found.push({ name: 'generated plan, 200 KB', html: generatedPlan(200_000) });
  found.push({ name: 'generated plan, 1 MB', html: generatedPlan(1_000_000) });
  return found;
}

/** The detector's sampling and decision as one script for the page, as the extension ships them. */
async function detectorScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { samplePage } from './content-scripts/detect/page-sample.ts';" +
        "import { detectDocument } from './src/core/detect/index.ts';" +
        'globalThis.__detect = () => detectDocument(samplePage(document).sample);',
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]?.text ?? '';
}

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Runs in the page: the median of ROUNDS timings of each path, after one warm-up of both. A string,
 * not a function, because tsx's transform would add helpers that do not exist in the page.
 */
const IN_PAGE = `(() => {
  // The page's clock is coarse (0.1 ms): each timing covers enough runs to last at least 20 ms.
  const perRun = (run) => {
    let runs = 1;
    for (;;) {
      const began = performance.now();
      for (let i = 0; i < runs; i++) run();
      const took = performance.now() - began;
      if (took >= 20) return took / runs;
      runs *= 2;
    }
  };
  const median = (run) => {
    const times = [];
    for (let i = 0; i < ROUNDS; i++) times.push(perRun(run));
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  };
  globalThis.__detect();
  void document.body.textContent;
  return {
    chars: document.body.textContent.length,
    detector: median(globalThis.__detect),
    textContent: median(() => document.body.textContent.length),
  };
})()`;

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`SKIPPED: no Chromium at ${CHROMIUM}; this bench measures in the browser.`);
    return;
  }
  const script = await detectorScript();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const tab = await browser.newPage();
  const rows = [];
  let allLess = true;
  let longLess = true;
  for (const page of await pages()) {
    await tab.setContent(page.html);
    await tab.addScriptTag({ content: script });
    const measured = (await tab.evaluate(IN_PAGE.replace('ROUNDS', String(ROUNDS)))) as {
      chars: number;
      detector: number;
      textContent: number;
    };
    const ratio = measured.detector / measured.textContent;
    allLess &&= ratio < 1;
    if (measured.chars >= LONG_PAGE_CHARS) longLess &&= ratio < 1;
    rows.push({
      page: page.name,
      'page text (chars)': measured.chars,
      'detector ms': measured.detector.toFixed(4),
      'textContent ms': measured.textContent.toFixed(4),
      ratio: `${ratio.toFixed(2)}x`,
    });
  }
  await browser.close();
  console.table(rows);
  console.log(
    `${longLess ? 'PASS' : 'MISS'}  pages of ${LONG_PAGE_CHARS} characters or more: less work than one body.textContent read`,
  );
  console.log(`${allLess ? 'PASS' : 'MISS'}  every page: less work than one body.textContent read`);
}
