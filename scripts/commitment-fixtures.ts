/**
 * `npx tsx scripts/commitment-fixtures.ts`: writes the layout fixtures of the commitment finder to
 * `tests/fixtures/commitments/layout/`: PDFs drawn with pdf-lib's standard fonts (real weight and size
 * differences: Helvetica, Helvetica-Bold, Times-Roman, Times-Bold) and HTML pages, one per layout family
 * and language, each with an `.expected.json` written from the same data the document is drawn from.
 * The expected list is the ground truth of what the document prints as its commitments (label and title
 * as printed, the page its heading is on), never what the finder returns. Deterministic: no dates, no
 * randomness, so a rerun writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORDS, type Lang } from './fixture-words.ts';
import { htmlHeadings, htmlNews, htmlTable } from './fixture-html-families.ts';
import {
  dottedContents,
  fontOnly,
  letterTable,
  selfAssessment,
  titleField,
  twoColumn,
} from './fixture-pdf-families.ts';

export type { ExpectedCommitment } from './fixture-writer.ts';

const OUT = fileURLToPath(new URL('../tests/fixtures/commitments/layout/', import.meta.url));
const LANGS: Lang[] = ['en', 'es', 'pt', 'fr'];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const pdfFamilies = { dottedContents, fontOnly, titleField, twoColumn, letterTable, selfAssessment };
  const htmlFamilies = { htmlHeadings, htmlTable, htmlNews };
  for (const lang of LANGS) {
    const w = WORDS[lang];
    for (const make of Object.values(pdfFamilies)) {
      const [bytes, expected] = await make(w, lang);
      const name = `${expected.family}-${lang}`;
      writeFileSync(join(OUT, `${name}.pdf`), bytes);
      writeFileSync(join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    }
    for (const make of Object.values(htmlFamilies)) {
      const [html, expected] = make(w, lang);
      const name = `${expected.family}-${lang}`;
      writeFileSync(join(OUT, `${name}.html`), html);
      writeFileSync(join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    }
  }
  console.log(`fixtures written to ${OUT}`);
}

await main();
