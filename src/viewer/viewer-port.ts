/**
 * The viewer's port to the background, in the annotator's role. Like `listenToBackground`, it reconnects
 * when the service worker restarts; unlike it, it speaks first on every connection: which PDF this tab
 * shows, since the background keeps that only as long as the viewer tells it.
 */
import {
  BackgroundEventSchema,
  PORT_ANNOTATOR,
  type BackgroundEvent,
  type ViewerAnnouncement,
} from '../messaging/protocol.ts';

const RECONNECT_MS = 100;

export function connectViewerPort(
  announcement: ViewerAnnouncement,
  onEvent: (event: BackgroundEvent) => void,
  signal: AbortSignal,
): void {
  let port: chrome.runtime.Port | undefined;
  const open = () => {
    if (signal.aborted) return;
    try {
      port = chrome.runtime.connect({ name: PORT_ANNOTATOR });
    } catch {
      // The extension was reloaded or removed: this page can do nothing more with it.
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      const parsed = BackgroundEventSchema.safeParse(message);
      if (parsed.success) onEvent(parsed.data);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      setTimeout(open, RECONNECT_MS);
    });
    port.postMessage(announcement);
  };
  signal.addEventListener('abort', () => port?.disconnect(), { once: true });
  open();
}
