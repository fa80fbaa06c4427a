/**
 * The popup's exports: every annotation stored here, and one group's export from the sync server. The
 * server needs the bearer token, which stays in the background: the popup gets only the text.
 */
import { formatNumber, t } from '../i18n/messages.ts';
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
      if (!settings.token) throw new RequestError('forbidden', t('bg_signInToServerFirst'));
      const origin = settings.server;
      if (!(await mayReach(origin))) {
        throw new RequestError('forbidden', t('bg_exportServerNotAllowed', origin));
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
    throw new RequestError('unavailable', t('bg_serverNoAnswer', origin));
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    const said = await refusalOf(response);
    if (response.status === 401) throw new RequestError('forbidden', t('bg_signInAgain'));
    if (response.status === 403 || response.status === 404) {
      throw new RequestError('forbidden', said || t('bg_notGroupMember'));
    }
    if (response.status >= 500) {
      throw new RequestError('unavailable', t('bg_serverProblemLater'));
    }
    throw new RequestError('invalid', said || t('bg_exportRefusedStatus', String(response.status)));
  }
  return readCapped(response);
}

async function refusalOf(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string') {
      // The server's own words, in English: only the frame around them is translated.
      return t('bg_serverRefused', body.error);
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
      throw new RequestError('unavailable', t('bg_exportStopped'));
    }
    if (chunk.done) break;
    bytes += chunk.value.byteLength;
    if (bytes > GROUP_EXPORT_MAX_BYTES) {
      await reader.cancel().catch(() => {});
      const mb = Math.round(GROUP_EXPORT_MAX_BYTES / (1024 * 1024));
      throw new RequestError('invalid', t('bg_exportTooLarge', formatNumber(mb)));
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
    // Only a bug of ours or a hostile frame gets here: in English, for developers.
    throw new RequestError('forbidden', 'Only the toolbar popup may export every annotation or a group.');
  }
}
