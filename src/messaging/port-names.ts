/**
 * The zod-free half of port-events.ts: port names, and the kinds of event the background sends over a
 * port. The annotator's content script runs on every page it is asked to; it must not build the
 * protocol's schemas to learn these (about 120 ms at load on a busy machine, in one task).
 * port-events.ts re-exports the names.
 */
import type { BackgroundEvent } from './port-events.ts';

/** Port names; the background tells the two apart by name and learns the tab from the sender. */
export const PORT_ANNOTATOR = 'annotator';
export const PORT_SIDEBAR = 'sidebar';

type EventType = BackgroundEvent['type'];

// A record rather than a list, so that the compiler asks for a new event's type here.
const EVENT_TYPES: Record<EventType, true> = {
  'annotations.changed': true,
  'annotator.show': true,
  'annotation.reveal': true,
  'highlights.hidden': true,
  command: true,
  relay: true,
  'relay.annotator': true,
  'viewer.document': true,
};

/**
 * Whether a message on a port to the background is one of its events. Only the background can post on
 * these ports, and it builds every event from requests its router has already checked against the
 * protocol's schemas, so the kind is all that is worth checking here: a message of another kind (an
 * older or newer background across an update) is dropped rather than misread.
 */
export function isBackgroundEvent(message: unknown): message is BackgroundEvent {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(EVENT_TYPES, type);
}
