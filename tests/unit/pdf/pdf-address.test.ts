import { describe, expect, it } from 'vitest';
import {
  looksLikePdf,
  looksLikePlanPdf,
  pageInFragment,
  STAY_OUT_MARK,
} from '../../../src/core/document/pdf-address.ts';
import { fingerprintOfKey, pdfDocumentKey } from '../../../src/core/document/pdf-document-key.ts';
import { describePdfJsFailure, NOT_PDF, PASSWORD, DAMAGED } from '../../../src/viewer/load-errors.ts';
import { describeMissingText } from '../../../src/viewer/progress.ts';

describe('PDF addresses', () => {
  it('tells PDFs and plan PDFs by their path', () => {
    expect(looksLikePdf('https://open.usa.gov/assets/files/NAP1.pdf')).toBe(true);
    expect(looksLikePdf('https://example.org/plan.html')).toBe(false);
    expect(looksLikePlanPdf('https://open.usa.gov/assets/files/NAP1.pdf')).toBe(true);
    expect(looksLikePlanPdf('https://gov.br/4o-plano-de-acao-nacional.pdf')).toBe(true);
    expect(looksLikePlanPdf('https://gov.br/plano%20de%20a%C3%A7%C3%A3o.pdf')).toBe(true);
    expect(looksLikePlanPdf('https://example.org/invoice.pdf')).toBe(false);
    expect(looksLikePlanPdf(`https://open.usa.gov/NAP5.pdf#${STAY_OUT_MARK}`)).toBe(false);
  });

  it('reads the page of a #page=N fragment', () => {
    expect(pageInFragment('https://x.org/a.pdf#page=7')).toBe(7);
    expect(pageInFragment('https://x.org/a.pdf#zoom=50&page=3')).toBe(3);
    expect(pageInFragment('https://x.org/a.pdf')).toBeUndefined();
  });

  it('keys a PDF by its fingerprint, in lower case', () => {
    const key = pdfDocumentKey('ABCDEF0123456789ABCDEF0123456789');
    expect(key).toBe('urn:x-pdf:abcdef0123456789abcdef0123456789');
    expect(fingerprintOfKey(key)).toBe('abcdef0123456789abcdef0123456789');
    expect(fingerprintOfKey('https://x.org/a.pdf')).toBeNull();
  });
});

describe('plain words for a PDF that does not open', () => {
  it('names password protection, non-PDFs and damage', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(describePdfJsFailure(named('PasswordException')).message).toBe(PASSWORD);
    expect(describePdfJsFailure(named('InvalidPDFException')).message).toBe(NOT_PDF);
    expect(describePdfJsFailure(named('UnknownErrorException')).message).toBe(DAMAGED);
  });

  it('says which pages have no text, or that the whole PDF is scanned', () => {
    expect(describeMissingText([], 5)).toBe('');
    expect(describeMissingText([1, 2, 3], 3)).toMatch(/no text layer \(it is probably scanned\)/);
    expect(describeMissingText([2, 5, 6, 7, 9], 12)).toBe(
      'Pages 2, 5–7 and 9 have no text (scanned or images only) and cannot be annotated.',
    );
    expect(describeMissingText([4], 12)).toMatch(/^Page 4 has no text/);
  });
});
