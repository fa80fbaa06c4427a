import { z } from 'zod';

/**
 * A PDF's identity is its fingerprint (the file ID pdf.js reads, or a hash of the file's start when it
 * has none), not its address: the same file from another URL or from disk is the same document.
 * Annotations of a PDF are stored under this key, an IRI in a private URN namespace.
 */
export const PDF_KEY_PREFIX = 'urn:x-pdf:';

/** pdf.js fingerprints are 32 hex digits; allow other lengths in case a newer pdf.js changes that. */
const FINGERPRINT = /^[0-9a-f]{16,128}$/;

export const PdfFingerprintSchema = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.string().regex(FINGERPRINT, 'must be a PDF fingerprint (hex digits)'));

export const PdfDocumentKeySchema = z
  .string()
  .max(PDF_KEY_PREFIX.length + 128)
  .refine(
    (value) => value.startsWith(PDF_KEY_PREFIX) && FINGERPRINT.test(value.slice(PDF_KEY_PREFIX.length)),
    {
      message: 'must be urn:x-pdf: followed by a fingerprint',
    },
  );

export function pdfDocumentKey(fingerprint: string): string {
  return PDF_KEY_PREFIX + fingerprint.toLowerCase();
}

/** The fingerprint in a PDF document key, or null when the value is not one. */
export function fingerprintOfKey(key: string): string | null {
  return PdfDocumentKeySchema.safeParse(key).success ? key.slice(PDF_KEY_PREFIX.length) : null;
}
