/**
 * Writes the second blind set (`tests/fixtures/blind2`) from `scripts/blind2-docs.ts`: each document's HTML,
 * its PDF printed by Chromium (headers and footers by Chromium's own templates, the contents page filled in
 * with the pages Chromium laid the headings on), and its label. A commitment's page is the last page whose
 * text carries the commitment's marker, read with pdf.js's text (not with the finder).
 * `npx tsx scripts/blind2-fixtures.ts [name…]` (needs Chromium: CHROMIUM_PATH, /usr/bin/chromium by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { pdfText } from '../cli/pdf-text.ts';
import { DOCS, type Doc } from './blind2-docs.ts';
import { DOCS_B } from './blind2-docs-b.ts';
import { DOCS_C } from './blind2-docs-c.ts';
import { DOCS_D } from './blind2-docs-d.ts';
import { DOCS_E } from './blind2-docs-e.ts';
import { DOCS_F } from './blind2-docs-f.ts';
import { DOCS_G } from './blind2-docs-g.ts';
import { DOCS_H } from './blind2-docs-h.ts';
import { DOCS_I } from './blind2-docs-i.ts';
import { DOCS_J } from './blind2-docs-j.ts';
import { DOCS_K } from './blind2-docs-k.ts';
import { DOCS_L } from './blind2-docs-l.ts';
import { DOCS_M } from './blind2-docs-m.ts';
import { DOCS_N } from './blind2-docs-n.ts';
import { DOCS_O } from './blind2-docs-o.ts';
import { DOCS_P } from './blind2-docs-p.ts';
import { DOCS_Q } from './blind2-docs-q.ts';

const DIR = fileURLToPath(new URL('../tests/fixtures/blind2/', import.meta.url));
const squash = (s: string): string => s.replace(/\s+/gu, '');

async function print(browser: Browser, doc: Doc, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const header = doc.header
    ? `<div style="font-size:8pt;font-family:'Liberation Sans';width:100%;text-align:right;margin:0 22mm;color:#555">${doc.header}</div>`
    : '<span></span>';
  const pdf = await page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: header,
    footerTemplate:
      '<div style="font-size:8pt;font-family:\'Liberation Sans\';width:100%;text-align:center"><span class="pageNumber"></span></div>',
  });
  await page.close();
  return new Uint8Array(pdf);
}

/** The last page (1-based) whose text carries each key, whitespace aside. */
async function pagesOf(pdf: Uint8Array, keys: readonly string[]): Promise<Map<string, number>> {
  const { text, pages } = await pdfText(pdf.slice());
  const texts = pages.map((p) => squash(text.slice(p.start, p.end)));
  // A marker whose word the printer hyphenated at a line end ("Traza-\nbilidad") is found without the hyphen.
  const joined = pages.map((p) =>
    squash(text.slice(p.start, p.end).replace(/(\p{Ll})[-\u2010\u00ad]\s*\n\s*(\p{Ll})/gu, '$1$2')),
  );
  const found = new Map<string, number>();
  for (const key of keys) {
    const k = squash(key);
    for (let i = texts.length - 1; i >= 0; i--)
      if ((texts[i] as string).includes(k) || (joined[i] as string).includes(k)) {
        found.set(key, i + 1);
        break;
      }
  }
  return found;
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    // Names on the command line write those documents only: the others' PDFs stay as committed.
    const only = process.argv.slice(2);
    for (const doc of [
      ...DOCS,
      ...DOCS_B,
      ...DOCS_C,
      ...DOCS_D,
      ...DOCS_E,
      ...DOCS_F,
      ...DOCS_G,
      ...DOCS_H,
      ...DOCS_I,
      ...DOCS_J,
      ...DOCS_K,
      ...DOCS_L,
      ...DOCS_M,
      ...DOCS_N,
      ...DOCS_O,
      ...DOCS_P,
      ...DOCS_Q,
    ].filter((d) => only.length === 0 || only.includes(d.name))) {
      const keys = [...doc.commitments.map((c) => c.marker), ...(doc.toc ?? [])];
      let pages = new Map<string, number>();
      let pdf: Uint8Array | null = null;
      writeFileSync(join(DIR, `${doc.name}.html`), doc.html(pages));
      if (doc.format === 'pdf') {
        // Print, read where the headings fell, print again with the contents filled in, until it settles.
        for (let pass = 0; pass < 4; pass++) {
          const html = doc.html(pages);
          pdf = await print(browser, doc, html);
          const next = await pagesOf(pdf, keys);
          for (const k of keys)
            if (!next.has(k) && doc.commitments.some((c) => c.marker === k)) {
              throw new Error(`${doc.name}: marker not printed: ${k}`);
            }
          const themed = doc.html(next);
          const settled = [...next].every(([k, v]) => pages.get(k) === v);
          pages = next;
          writeFileSync(join(DIR, `${doc.name}.html`), themed);
          if (settled) break;
        }
        writeFileSync(join(DIR, `${doc.name}.pdf`), pdf as Uint8Array);
      }
      const label = {
        kind: doc.kind,
        family: doc.family,
        language: doc.language,
        format: doc.format,
        file: `${doc.name}.${doc.format}`,
        note: doc.note,
        // In reading order, as the finder lists them: a report may review its summary's commitments out of
        // their numbers' order.
        commitments: doc.commitments
          .map((c) => ({
            label: c.label,
            title: c.title,
            page: doc.format === 'pdf' ? (pages.get(c.marker) ?? null) : null,
            theme: c.theme,
            ...(c.reportedStatus !== undefined ? { reportedStatus: c.reportedStatus } : {}),
          }))
          .sort((a, b) => (a.page ?? 0) - (b.page ?? 0)),
      };
      writeFileSync(join(DIR, `${doc.name}.expected.json`), `${JSON.stringify(label, null, 2)}\n`);
      console.log(`${doc.name}: ${doc.commitments.length} commitments`);
    }
  } finally {
    await browser.close();
  }
}

await main();
