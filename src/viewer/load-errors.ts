/** Why a PDF did not open, in words for the reader. Nothing is stored when loading fails. */
export class LoadError extends Error {
  /** The site to ask permission for when that is what would help, e.g. `https://www.gov.br/*`. */
  readonly permissionPattern: string | null;

  constructor(message: string, permissionPattern: string | null = null) {
    super(message);
    this.name = 'LoadError';
    this.permissionPattern = permissionPattern;
  }
}

export const NOT_PDF = 'This file is not a PDF.';
export const PASSWORD =
  'This PDF is password-protected. Plan Annotator cannot open protected PDFs; open an unprotected copy.';
export const DAMAGED = 'This PDF is damaged and could not be read.';
export const VIEWER_FAILED = 'The viewer failed to show this PDF; nothing was changed. Reload to try again.';
export const NO_FILE = 'No PDF to show. Open a PDF file, or drop one here.';

export function httpFailure(status: number): LoadError {
  return new LoadError(`The PDF could not be downloaded (HTTP ${status}).`);
}

/** pdf.js reports its failures as exceptions named after their kind. */
export function describePdfJsFailure(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new LoadError(PASSWORD);
  if (name === 'InvalidPDFException') return new LoadError(NOT_PDF);
  return new LoadError(DAMAGED);
}
