import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CommitmentSource } from '../../../src/core/commitments/index.ts';
import { joinPages } from '../../../src/core/text/page-text.ts';

export const COMMITMENT_FIXTURES = fileURLToPath(new URL('../../fixtures/commitments/', import.meta.url));
export const DETECT_FIXTURES = fileURLToPath(new URL('../../fixtures/detect/', import.meta.url));

/** A fixture's text; a form feed separates pages, as pdftotext prints them, so paged fixtures get page spans. */
export function fixtureSource(path: string): CommitmentSource {
  const raw = readFileSync(path, 'utf8');
  const pages = raw.split('\f');
  return pages.length > 1 ? joinPages(pages) : { text: raw };
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
