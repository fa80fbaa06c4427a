import { PORT_ANNOTATOR, PORT_SIDEBAR, type SenderKind } from '../messaging/protocol.ts';
import type { PortRegistry, PortRole } from './port-registry.ts';
import { senderKindOf } from './router.ts';

/** The PDF viewer page is the annotator of its own tab, so it may take the annotator's port too. */
const ROLES: Record<string, { role: PortRole; from: readonly SenderKind[] }> = {
  [PORT_ANNOTATOR]: { role: 'annotator', from: ['content', 'viewer'] },
  [PORT_SIDEBAR]: { role: 'sidebar', from: ['page'] },
};

/**
 * Registers a port by its tab if it is what it claims to be: an annotator port from a content script in
 * a tab's top frame or from our PDF viewer page, a sidebar port from our own page framed in a tab. Anything else is disconnected.
 * `onChange` runs when a port is registered and again when it goes away.
 */
export function acceptPort(
  port: chrome.runtime.Port,
  ports: PortRegistry<chrome.runtime.Port>,
  extension: { id: string; origin: string },
  onChange: (tabId: number, role: PortRole) => void,
  onViewerMessage: (tabId: number, port: chrome.runtime.Port, message: unknown) => void = () => {},
): void {
  const expected = Object.hasOwn(ROLES, port.name) ? ROLES[port.name] : undefined;
  const sender = port.sender;
  const tabId = sender?.tab?.id;
  const kind = sender ? senderKindOf(sender, extension) : null;
  const topFrame = expected?.role !== 'annotator' || sender?.frameId === 0;
  if (
    !expected ||
    kind === null ||
    !expected.from.includes(kind) ||
    tabId === undefined ||
    tabId < 0 ||
    !topFrame
  ) {
    port.disconnect();
    return;
  }
  const { role } = expected;
  ports.add(tabId, role, port);
  // Only our viewer page talks back over its port: it says which PDF it shows.
  if (kind === 'viewer')
    port.onMessage.addListener((message: unknown) => onViewerMessage(tabId, port, message));
  port.onDisconnect.addListener(() => {
    ports.remove(tabId, role, port);
    onChange(tabId, role);
  });
  onChange(tabId, role);
}
