import { documentUri } from '../core/document/document-uri.ts';
import { t } from '../i18n/messages.ts';

/** "Plan Annotator cannot work on this page", in the browser's language. */
export const offLimits = (): string => t('bg_offLimits');
/** "Click the Plan Annotator button in the toolbar on this page first." */
export const needsClick = (): string => t('bg_needsClick');
/** "This page did not load. Reload it and try again." */
export const notLoaded = (): string => t('bg_notLoaded');

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
  if (url !== undefined && documentUri(url) === null) return offLimits();
  if (OFF_LIMITS_REASON.test(text)) return offLimits();
  if (/error page/i.test(text)) return notLoaded();
  if (NO_ACCESS_REASON.test(text) || url === undefined) return needsClick();
  return offLimits();
}
