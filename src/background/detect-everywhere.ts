/**
 * The detector on every site. The manifest runs it only on plan-like government hosts; a user who grants
 * the optional "every site" permission (settings page) gets it everywhere else too, registered as a
 * dynamic content script with the same file the manifest names. Taking the permission back removes it.
 */
import { t } from '../i18n/messages.ts';
import { EVERY_SITE_ORIGINS } from '../messaging/protocol.ts';
import { contentScriptRegistered, registerContentScript, unregisterContentScript } from './browser.ts';
import { RequestError } from './request-error.ts';

export const EVERYWHERE_SCRIPT_ID = 'plan-annotator-detect-everywhere';

/** The manifest's always-on detector: its files and the hosts it already covers. */
export interface ManifestDetector {
  js: string[];
  matches: string[];
}

export type EverywhereStep =
  | { action: 'register'; script: chrome.scripting.RegisteredContentScript }
  | { action: 'unregister' }
  | { action: 'none' };

/** What to do, given the permission and whether the dynamic script is registered now. */
export function everywhereStep(
  granted: boolean,
  registered: boolean,
  detector: ManifestDetector | null,
): EverywhereStep {
  if (granted && !registered && detector && detector.js.length > 0) {
    return {
      action: 'register',
      script: {
        id: EVERYWHERE_SCRIPT_ID,
        js: detector.js,
        matches: [...EVERY_SITE_ORIGINS],
        // The manifest's own entry runs there already; twice would report twice.
        excludeMatches: detector.matches,
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    };
  }
  if (!granted && registered) return { action: 'unregister' };
  return { action: 'none' };
}

/** The detector entry of the built manifest (crxjs names the bundled file there). */
export function manifestDetector(manifest: chrome.runtime.Manifest): ManifestDetector | null {
  const entry = manifest.content_scripts?.find((script) =>
    (script.js ?? []).some((file) => file.includes('detect')),
  );
  return entry ? { js: entry.js ?? [], matches: entry.matches ?? [] } : null;
}

/** The step under way, so that the permission's event and the settings' request never register twice. */
let running: Promise<unknown> = Promise.resolve();

/**
 * Brings the registration in line with the permission; safe to call at any time, any number of times
 * (one after the other). Rejects with the browser's reason when the browser refuses the step.
 */
export function applyDetectEverywhere(): Promise<EverywhereStep['action']> {
  const step = running.then(async () => {
    const granted = await chrome.permissions.contains({ origins: [...EVERY_SITE_ORIGINS] });
    const registered = await contentScriptRegistered(EVERYWHERE_SCRIPT_ID);
    const next = everywhereStep(granted, registered, manifestDetector(chrome.runtime.getManifest()));
    if (next.action === 'register') await registerContentScript(next.script);
    if (next.action === 'unregister') await unregisterContentScript(EVERYWHERE_SCRIPT_ID);
    return next.action;
  });
  running = step.catch(() => undefined);
  return step;
}

/**
 * The settings page's "Look for action plans on every site", after the browser granted or took back
 * the permission: the step is done now, and a refusal reaches the page in plain words.
 */
export async function detectEverywhereNow(): Promise<{ everywhere: boolean }> {
  try {
    await applyDetectEverywhere();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RequestError('unavailable', t('bg_detectEverywhereFailed', reason));
  }
  return { everywhere: await contentScriptRegistered(EVERYWHERE_SCRIPT_ID) };
}

/** Follows the permission as the user grants or removes it; added synchronously at worker start. */
export function watchDetectEverywhere(onError: (error: unknown) => void): void {
  const apply = () => void applyDetectEverywhere().catch(onError);
  chrome.permissions.onAdded.addListener(apply);
  chrome.permissions.onRemoved.addListener(apply);
  chrome.runtime.onInstalled.addListener(apply);
  chrome.runtime.onStartup.addListener(apply);
}
