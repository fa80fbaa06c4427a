/**
 * `pdfText` reads many PDFs at once in one process (`npm run eval` inspects every fixture together): pdf.js
 * shares one page count among the documents open at a time, so each must be read alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../cli/pdf-text.ts';
import { COMMITMENT_FIXTURES } from '../commitments/fixture-text.ts';

const DIR = join(COMMITMENT_FIXTURES, '..', 'blind2');

describe('pdfText on several documents at once', () => {
  it('reads a long PDF begun beside shorter ones, every page of each', async () => {
    const long = 'en-areas-long.pdf';
    const others = readdirSync(DIR).filter((f) => f.endsWith('.pdf') && f !== long);
    const alone = (await pdfText(new Uint8Array(readFileSync(join(DIR, long))))).pages.length;
    const together = await Promise.all(
      [long, ...others].map((f) => pdfText(new Uint8Array(readFileSync(join(DIR, f))))),
    );
    expect(together[0]?.pages.length).toBe(alone);
    expect(alone).toBeGreaterThanOrEqual(20);
  }, 60_000);
});
