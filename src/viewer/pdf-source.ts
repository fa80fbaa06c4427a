/**
 * Where the PDF comes from and its bytes: `?file=<address>` (fetched by this page, which needs the
 * site's permission, or read from disk where the user allowed file access), or a file the user picked
 * or dropped. The viewer reads the bytes itself so that failures have plain names.
 */
import { originPattern } from '../core/document/document-uri.ts';
import { t } from '../i18n/messages.ts';
import { httpFailure, LoadError, NOT_PDF } from './load-errors.ts';

export interface PdfBytes {
  data: Uint8Array;
  /** The http(s) address it came from, or null for a file from disk. */
  address: string | null;
  /** What to show as its origin: the address, or the file's name. */
  label: string;
}

/** The `file` parameter of the viewer's own address. */
export function requestedFile(search: string): string | null {
  return new URLSearchParams(search).get('file');
}

export async function readAddress(file: string, signal: AbortSignal): Promise<PdfBytes> {
  let url: URL;
  try {
    url = new URL(file);
  } catch {
    throw new LoadError(t('viewer_errorBadAddress'));
  }
  if (url.protocol === 'file:')
    return { data: await readLocalAddress(url.href), address: null, label: url.href };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new LoadError(t('viewer_errorScheme'));
  }
  const pattern = originPattern(url.href);
  let response: Response;
  try {
    response = await fetch(url.href, { signal, credentials: 'include', redirect: 'follow' });
  } catch (error) {
    if (signal.aborted) throw error;
    // A failed fetch does not say why; permission is the one cause the reader can fix from here.
    const granted = pattern ? await chrome.permissions.contains({ origins: [pattern] }) : false;
    if (!granted && pattern) {
      throw new LoadError(t('viewer_errorPermission', url.hostname), pattern);
    }
    throw new LoadError(t('viewer_errorUnreachable', url.hostname));
  }
  if (!response.ok) throw httpFailure(response.status);
  const data = new Uint8Array(await response.arrayBuffer());
  assertPdf(data);
  return { data, address: url.href, label: url.href };
}

export async function readPickedFile(file: File): Promise<PdfBytes> {
  const data = new Uint8Array(await file.arrayBuffer());
  assertPdf(data);
  return { data, address: null, label: file.name };
}

/**
 * `fetch` does not read `file:` addresses; XMLHttpRequest does for an extension the user allowed to
 * "access file URLs" (chrome://extensions), and fails plainly otherwise.
 */
function readLocalAddress(href: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', href);
    request.responseType = 'arraybuffer';
    request.onload = () => {
      if (request.response instanceof ArrayBuffer && request.response.byteLength > 0) {
        const data = new Uint8Array(request.response);
        try {
          assertPdf(data);
          resolve(data);
        } catch (error) {
          reject(error);
        }
      } else reject(localRefused());
    };
    request.onerror = () => reject(localRefused());
    request.send();
  });
}

function localRefused(): LoadError {
  return new LoadError(t('viewer_errorLocalFiles'));
}

/** The PDF header may follow some junk, but within the first kilobyte (as readers accept). */
function assertPdf(data: Uint8Array): void {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new LoadError(NOT_PDF);
}
