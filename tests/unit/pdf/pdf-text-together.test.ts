/**
 * The command line reads PDFs through pdf.js in Node; `npm run eval` and a server may ask for several at
 * once. pdf.js keeps the page count in fields shared by all its documents, so each must be read alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../cli/pdf-text.ts';
import { COMMITMENT_FIXTURES } from '../commitments/fixture-text.ts';

const BLIND2 = join(COMMITMENT_FIXTURES, '..', 'blind2');
const bytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(BLIND2, name)));

describe('PDF text read together', () => {
  it('reads a long PDF whole while shorter ones are opened during its reading', async () => {
    const long = pdfText(bytes('en-long-running-header.pdf'));
    // A three-page PDF read meanwhile is done long before the fifty-page one; the next opens mid-way.
    const first = await pdfText(bytes('pt-ata-forum.pdf'));
    const second = await pdfText(bytes('fr-cadre-logique.pdf'));
    expect((await long).pages.length).toBeGreaterThan(40);
    expect([first.pages.length, second.pages.length]).toEqual([3, 8]);
  });

  it('a PDF that cannot be read does not stop the ones after it', async () => {
    const [bad, good] = await Promise.allSettled([
      pdfText(new Uint8Array([1, 2, 3])),
      pdfText(bytes('pt-ata-forum.pdf')),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good.status).toBe('fulfilled');
  });
});
