/**
 * Entry of the annotator, injected by the background when the user asks, or on a later visit to a
 * site the user granted. It starts once per page; the background tells it over its port when to
 * show the sidebar, so a quiet restore of highlights does not open it.
 */
import { Annotator } from './annotator.ts';

const KEY = '__planAnnotator';
// This global lives in the content script's isolated world: the page's own scripts cannot see it.
const world = globalThis as unknown as Record<typeof KEY, Annotator | undefined>;

const existing = world[KEY];
// Marks on the page's performance timeline (as 'plan-annotator anchoring' below) let a page's tools,
// and the start-up bench, tell where the annotator's start went.
if (!existing) {
  performance.mark('plan-annotator start');
  world[KEY] = new Annotator(document);
}
