import { t } from '../i18n/messages.ts';

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

// In the browser's language, read once when the viewer page loads (its language does not change while open).
export const NOT_PDF = t('viewer_errorNotPdf');
export const PASSWORD = t('viewer_errorPassword');
export const DAMAGED = t('viewer_errorDamaged');
export const VIEWER_FAILED = t('viewer_errorViewerFailed');
export const NO_FILE = t('viewer_noFile');

export function httpFailure(status: number): LoadError {
  // The status is a protocol value, shown as the server sent it.
  return new LoadError(t('viewer_errorHttp', String(status)));
}

/** pdf.js reports its failures as exceptions named after their kind. */
export function describePdfJsFailure(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new LoadError(PASSWORD);
  if (name === 'InvalidPDFException') return new LoadError(NOT_PDF);
  return new LoadError(DAMAGED);
}
