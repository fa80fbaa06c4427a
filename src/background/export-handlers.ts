/**
 * The popup's exports: every annotation stored here, and one group's export from the sync server. The
 * server needs the bearer token, which stays in the background: the popup gets only the text.
 */
import { GROUP_EXPORT_MAX_BYTES } from '../messaging/protocol.ts';
import { RequestError } from './request-error.ts';
import type { Handlers, RequestContext } from './router.ts';
import type { Services } from './services.ts';
import { mayReach } from './sync/sync-browser.ts';
import { loadSettings } from './sync/sync-settings.ts';

type ExportHandlers = Pick<Handlers, 'annotations.all' | 'export.group'>;

/** How long the server may take to start answering; a big group then streams for as long as it needs. */
const ANSWER_TIMEOUT_MS = 30_000;

export function exportHandlers(services: Pick<Services, 'store'>): ExportHandlers {
  return {
    async 'annotations.all'(_payload, ctx) {
      requirePopup(ctx);
      return { annotations: await services.store.all() };
    },

    async 'export.group'({ groupId, format }, ctx) {
      requirePopup(ctx);
      const settings = await loadSettings();
      if (!settings.token) throw new RequestError('forbidden', 'Sign in to the sync server first.');
      const origin = settings.server;
      if (!(await mayReach(origin))) {
        throw new RequestError(
          'forbidden',
          `Plan Annotator is not allowed to reach ${origin}. Save the address again in the sync settings and allow it when asked.`,
        );
      }
      const url = new URL(`/api/groups/${encodeURIComponent(groupId)}/export`, origin);
      url.searchParams.set('format', format);
      return { text: await fetchExport(url, settings.token, origin) };
    },
  };
}

/**
 * Everything of an export a person can read about what went wrong. The server writes `{error}` in plain
 * words for every refusal; the status says the rest.
 */
async function fetchExport(url: URL, token: string, origin: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ANSWER_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
      cache: 'no-store',
    });
  } catch {
    throw new RequestError('unavailable', `The sync server at ${origin} did not answer. Is it running?`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    const said = await refusalOf(response);
    if (response.status === 401) throw new RequestError('forbidden', 'Please sign in again.');
    if (response.status === 403 || response.status === 404) {
      throw new RequestError('forbidden', said || 'You are not a member of that group.');
    }
    if (response.status >= 500) {
      throw new RequestError('unavailable', 'The sync server had a problem. Try again later.');
    }
    throw new RequestError(
      'invalid',
      said || `The sync server refused the export (HTTP ${response.status}).`,
    );
  }
  return readCapped(response);
}

async function refusalOf(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string') {
      return `The sync server refused: ${body.error}.`;
    }
  } catch {
    // Not JSON: a proxy's error page, say; the status tells what happened.
  }
  return '';
}

/** The body as text, refused as soon as it passes GROUP_EXPORT_MAX_BYTES rather than held whole first. */
async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new RequestError('unavailable', 'The export stopped before it was complete. Try again.');
    }
    if (chunk.done) break;
    bytes += chunk.value.byteLength;
    if (bytes > GROUP_EXPORT_MAX_BYTES) {
      await reader.cancel().catch(() => {});
      const mb = Math.round(GROUP_EXPORT_MAX_BYTES / (1024 * 1024));
      throw new RequestError(
        'invalid',
        `This group's export is larger than ${mb} MB, too large to pass through the popup. Use the command line instead: plan-annotator export --server … --group … --format ….`,
      );
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Only the toolbar popup may read everything stored or a group's export: the sidebar is an extension
 * page too, but it is framed into pages we do not trust, so it speaks only about its own document.
 */
function requirePopup(ctx: RequestContext): void {
  const path = ctx.sender.url === undefined ? '' : new URL(ctx.sender.url).pathname;
  if (path !== '/popup/popup.html') {
    throw new RequestError('forbidden', 'Only the toolbar popup may export every annotation or a group.');
  }
}
