/**
 * PDF text: a generated 300-page plan (made here with pdf-lib, so the bench needs no file), the time
 * until every page's text is extracted and cached by the viewer's code, against pdf.js's own
 * `getTextContent` over all pages in the same run (goal: at most 1.2x), finding the plan's commitments
 * with its layout (sizes and fonts kept by the same extraction) on top of it (same goal), and re-anchoring
 * 500 stored annotations (a tenth of them across a page break) on that text.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findCommitments } from '../src/core/commitments/index.ts';
import { PdfDocumentText, type PageText } from '../src/viewer/pdf-document-text.ts';
import { describePdfSpan } from '../src/viewer/pdf-selectors.ts';
import { textStylesOf } from '../src/viewer/pdf-text-styles.ts';
import { extractPdfText, TEXT_LAYER_PARAMS, type PageTextCache } from '../src/viewer/text-extraction.ts';

const PAGES = 300;
const LINES_PER_PAGE = 42;
const ANNOTATIONS = 500;
const ROUNDS = 3;
const GOAL = 1.2;

const standardFontDataUrl = join(
  dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts/',
);

/** A deterministic generator, so every run measures the same document. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = (
  'commitment government open data publish contracts budget agency civil society participation ' +
  'transparency accountability milestone portal register beneficial ownership procurement citizens ' +
  'review implementation indicator ministry access information consultation annual report'
).split(' ');

/** Pages per commitment in the generated plan: 15 commitments over 300 pages. */
const PAGES_PER_COMMITMENT = 20;
const COMMITMENTS = Math.ceil(PAGES / PAGES_PER_COMMITMENT);

/**
 * A plan as plans are printed: a running header and a page number on every page (furniture the viewer
 * leaves out), each commitment's heading in bold at a larger size on the page it starts, body text below.
 */
async function makePlan(): Promise<Uint8Array> {
  const next = random(42);
  const pdf = await PDFDocument.create();
  pdf.setTitle('Fifth Open Government National Action Plan (generated)');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let p = 1; p <= PAGES; p++) {
    const page = pdf.addPage([595, 842]);
    page.drawText('Fifth Open Government National Action Plan', { x: 50, y: 815, size: 8, font });
    page.drawText(String(p), { x: 290, y: 30, size: 8, font });
    let top = 770;
    if ((p - 1) % PAGES_PER_COMMITMENT === 0) {
      const n = (p - 1) / PAGES_PER_COMMITMENT + 1;
      const title = `${WORDS[n % WORDS.length]} ${WORDS[(n * 7) % WORDS.length]} for citizens`;
      page.drawText(`Commitment ${n}: ${title[0]?.toUpperCase()}${title.slice(1)}`, {
        x: 50,
        y: 790,
        size: 14,
        font: bold,
      });
      top = 760;
    }
    for (let line = 0; line < LINES_PER_PAGE; line++) {
      const words = Array.from({ length: 11 }, () => WORDS[Math.floor(next() * WORDS.length)]);
      // The line's place ends it (not a number at its start, which would read as a numbered heading).
      page.drawText(`${words.join(' ')} (${p}.${line + 1}).`, { x: 50, y: top - line * 17, size: 10, font });
    }
  }
  return pdf.save();
}

function open(bytes: Uint8Array) {
  // pdf.js transfers the buffer to its worker, so each load gets its own copy.
  return getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false }).promise;
}

async function timePeer(bytes: Uint8Array): Promise<number> {
  const pdf = await open(bytes);
  const started = performance.now();
  for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent(TEXT_LAYER_PARAMS);
  const ms = performance.now() - started;
  await pdf.destroy();
  return ms;
}

/** An in-memory cache that copies what it stores, as IndexedDB's structured clone does. */
function memoryCache(): PageTextCache & { stored: PageText[] | undefined } {
  const cache = {
    stored: undefined as PageText[] | undefined,
    get: async () => undefined,
    put: async (_fingerprint: string, pages: PageText[]) => {
      cache.stored = structuredClone(pages);
    },
  };
  return cache;
}

async function timeOurs(bytes: Uint8Array): Promise<{ ms: number; pages: PageText[] }> {
  const pdf = await open(bytes);
  const cache = memoryCache();
  const started = performance.now();
  await extractPdfText(pdf, pdf.fingerprints[0] ?? 'none', cache, () => {});
  const ms = performance.now() - started;
  await pdf.destroy();
  return { ms, pages: cache.stored ?? [] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function run(): Promise<void> {
  const made = performance.now();
  const bytes = await makePlan();
  console.log(
    `generated ${PAGES} pages, ${(bytes.length / 1e6).toFixed(1)} MB in ${(performance.now() - made).toFixed(0)} ms`,
  );

  const peer: number[] = [];
  const ours: number[] = [];
  let pages: PageText[] = [];
  // Alternating rounds, so warm-up and machine noise fall on both sides alike.
  for (let round = 0; round < ROUNDS; round++) {
    peer.push(await timePeer(bytes));
    const result = await timeOurs(bytes);
    ours.push(result.ms);
    pages = result.pages;
  }
  const ratio = median(ours) / median(peer);

  const text = new PdfDocumentText(pages);
  const next = random(7);
  const targets = Array.from({ length: ANNOTATIONS }, (_, i) => {
    const length = 20 + Math.floor(next() * 180);
    // Every tenth one starts shortly before a page break, so it crosses it.
    const page = 1 + Math.floor(next() * (PAGES - 1));
    const pageEnd = text.doc.text.indexOf('\n\n', text.doc.text.indexOf(`(${page}.${LINES_PER_PAGE})`));
    const start = i % 10 === 0 ? Math.max(0, pageEnd - 40) : Math.floor(next() * (text.doc.length - length));
    const span = { start, end: start + length };
    return { span, selectors: describePdfSpan(text, span) };
  });
  // A fresh text from the cached pages: what the viewer has after reopening the PDF.
  const reopened = new PdfDocumentText(structuredClone(pages));
  const anchorStarted = performance.now();
  let anchored = 0;
  let crossing = 0;
  // As the viewer anchors them: all together, in one batch (a target without selectors anchors nothing).
  for (const batch of reopened.anchorAll(targets.map((target) => target.selectors ?? []))) {
    for (const { result } of batch) {
      if (result) anchored++;
      if (result && reopened.pageAt(result.span.start) !== reopened.pageAt(result.span.end - 1)) crossing++;
    }
  }
  const anchorMs = performance.now() - anchorStarted;

  // The finder as the background runs it on this text, layout included; best of the rounds.
  const findTimes: number[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    found = findCommitments({
      text: text.doc.text,
      pages: text.pageSpans(),
      styles: textStylesOf(text),
    }).length;
    findTimes.push(performance.now() - started);
  }
  const findRatio = (median(ours) + median(findTimes)) / median(peer);

  console.table([
    { what: `pdf.js getTextContent, ${PAGES} pages (peer)`, ms: median(peer).toFixed(0), note: '' },
    {
      what: 'viewer: extract + page table + cache',
      ms: median(ours).toFixed(0),
      note: `${ratio.toFixed(2)}x the peer (goal <= ${GOAL}x): ${ratio <= GOAL ? 'met' : 'NOT met'}`,
    },
    {
      what: 'extract + find commitments (layout included)',
      ms: (median(ours) + median(findTimes)).toFixed(0),
      // Fast is worth nothing if it finds the wrong thing: the plan has COMMITMENTS of them.
      note: `${found}/${COMMITMENTS} commitments found; ${findRatio.toFixed(2)}x the peer (goal <= ${GOAL}x): ${findRatio <= GOAL && found === COMMITMENTS ? 'met' : 'NOT met'}`,
    },
    {
      what: `re-anchor ${ANNOTATIONS} annotations`,
      ms: anchorMs.toFixed(0),
      note: `${anchored}/${ANNOTATIONS} anchored, ${crossing} across a page break`,
    },
  ]);
}
