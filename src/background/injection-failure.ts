import { documentUri } from '../core/document/document-uri.ts';

export const OFF_LIMITS =
  'Plan Annotator cannot work on this page (browser pages and the web store are off limits).';
export const NEEDS_CLICK = 'Click the Plan Annotator button in the toolbar on this page first.';
export const NOT_LOADED = 'This page did not load. Reload it and try again.';

/** Pages no extension may script, named in the browser's refusal even when the tab's address is hidden. */
const OFF_LIMITS_REASON =
  /gallery cannot be scripted|ExtensionsSettings policy|(^|[\s"'])(chrome|edge|about|devtools|view-source|chrome-extension|file):/i;
/** Refusals that a click on the toolbar button (activeTab) or a site grant would lift. */
const NO_ACCESS_REASON = /permission|Cannot access contents of/i;

/**
 * Plain words for why the annotator could not be injected. `url` is the tab's address when the browser
 * showed it to us; when it is hidden, we have no access to the tab, which a click would give.
 */
export function describeInjectionFailure(reason: unknown, url: string | undefined): string {
  const text = reason instanceof Error ? reason.message : String(reason);
  if (url !== undefined && documentUri(url) === null) return OFF_LIMITS;
  if (OFF_LIMITS_REASON.test(text)) return OFF_LIMITS;
  if (/error page/i.test(text)) return NOT_LOADED;
  if (NO_ACCESS_REASON.test(text) || url === undefined) return NEEDS_CLICK;
  return OFF_LIMITS;
}
