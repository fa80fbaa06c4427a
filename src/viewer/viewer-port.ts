/** The viewer's port to the background, in the annotator's role, announcing its PDF on every connection. */
import { listenToBackground } from '../messaging/client.ts';
import { PORT_ANNOTATOR, type BackgroundEvent, type ViewerAnnouncement } from '../messaging/protocol.ts';

export function connectViewerPort(
  announcement: ViewerAnnouncement,
  onEvent: (event: BackgroundEvent) => void,
  signal: AbortSignal,
): void {
  listenToBackground(PORT_ANNOTATOR, onEvent, signal, undefined, announcement);
}
