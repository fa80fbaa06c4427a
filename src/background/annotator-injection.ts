// crxjs builds the annotator as its own script and gives us its file name ("dynamic content script").
import annotatorScript from '../../content-scripts/annotator/index.ts?script&iife';
import { injectScript } from './browser.ts';

/** Starts the annotator in the tab's top frame; a second injection into the same page is harmless. */
export function injectAnnotator(tabId: number): Promise<void> {
  return injectScript(tabId, annotatorScript);
}
