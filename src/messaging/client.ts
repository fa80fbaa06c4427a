/** How the annotator, the sidebar and the popup talk to the background. */
import { t } from '../i18n/messages.ts';
import { isBackgroundEvent } from './port-names.ts';
// Types only: this module runs in the annotator's content script, which must not build zod schemas.
import type { BackgroundEvent, Replies, RequestPayload, RequestType, Result } from './protocol.ts';

export async function call<K extends RequestType>(
  type: K,
  payload: RequestPayload<K>,
): Promise<Result<Replies[K]>> {
  try {
    const reply = (await chrome.runtime.sendMessage({ type, payload })) as Result<Replies[K]> | undefined;
    if (!reply) {
      return { ok: false, error: { code: 'unavailable', message: t('bg_didNotAnswer') } };
    }
    return reply;
  } catch (error) {
    // Most often the extension was updated or reloaded under this page, whose script is now cut off.
    console.warn(`Plan Annotator: "${type}" could not reach the background`, error);
    return { ok: false, error: { code: 'unavailable', message: t('bg_unreachable') } };
  }
}

/**
 * Keeps a port to the background open (the service worker may stop and restart at any time) and hands
 * every event to `onEvent` (see `isBackgroundEvent` for what is checked). `onConnect` runs after each (re)connection, so callers can re-read
 * state they may have missed while disconnected. A `greeting`, when given, is the first thing said on
 * every new port (the viewer names the PDF it shows, which the background keeps only while told).
 */
export function listenToBackground(
  portName: string,
  onEvent: (event: BackgroundEvent) => void,
  signal: AbortSignal,
  onConnect: () => void = () => {},
  greeting?: unknown,
): void {
  let port: chrome.runtime.Port | undefined;
  const open = () => {
    if (signal.aborted) return;
    try {
      port = chrome.runtime.connect({ name: portName });
    } catch {
      // The extension was reloaded or removed: this context is orphaned and can do nothing more.
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      if (isBackgroundEvent(message)) onEvent(message);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      setTimeout(open, 100);
    });
    if (greeting !== undefined) port.postMessage(greeting);
    onConnect();
  };
  signal.addEventListener('abort', () => port?.disconnect(), { once: true });
  open();
}
