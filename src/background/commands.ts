/**
 * Keyboard shortcuts. The browser calls the listener with the tab they were pressed in, and grants the
 * extension one-time access to it as a click on the toolbar button would; shortcuts that act on the page
 * start the annotator there first, then every shortcut goes to the tab's annotator (page or PDF viewer).
 */
import { AnnotatorCommandSchema, type AnnotatorCommand } from '../messaging/protocol.ts';
import type { Services } from './services.ts';
import { startAnnotating } from './tab-handlers.ts';
import { toggleHighlights } from './highlight-visibility.ts';

/** Shortcuts that make no sense before the annotator runs: there is nothing to go to yet. */
const NEEDS_RUNNING: ReadonlySet<AnnotatorCommand> = new Set(['next-annotation', 'previous-annotation']);

export async function runCommand(services: Services, name: string, tabId: number | undefined): Promise<void> {
  const parsed = AnnotatorCommandSchema.safeParse(name);
  if (!parsed.success || tabId === undefined || tabId < 0) return;
  const command = parsed.data;
  // Hiding highlights is a choice kept for the site: it needs no annotator, and the running one is told.
  if (command === 'toggle-highlights') return toggleHighlights(services, tabId);
  if (!services.ports.has(tabId, 'annotator')) {
    if (NEEDS_RUNNING.has(command)) return;
    // Starting shows the sidebar, which is all "toggle" asks of a page without it.
    await startAnnotating(services, tabId);
    if (command === 'toggle-sidebar') return;
  }
  services.ports.post(tabId, 'annotator', { type: 'command', command });
}
