/**
 * The detector on every site. The manifest runs it only on plan-like government hosts; a user who grants
 * the optional "every site" permission (settings page) gets it everywhere else too, registered as a
 * dynamic content script with the same file the manifest names. Taking the permission back removes it.
 */
import { EVERY_SITE_ORIGINS } from '../messaging/protocol.ts';

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

/** Brings the registration in line with the permission; safe to call at any time, any number of times. */
export async function applyDetectEverywhere(): Promise<EverywhereStep['action']> {
  const granted = await chrome.permissions.contains({ origins: [...EVERY_SITE_ORIGINS] });
  const registered =
    (await chrome.scripting.getRegisteredContentScripts({ ids: [EVERYWHERE_SCRIPT_ID] })).length > 0;
  const step = everywhereStep(granted, registered, manifestDetector(chrome.runtime.getManifest()));
  if (step.action === 'register') await chrome.scripting.registerContentScripts([step.script]);
  if (step.action === 'unregister') {
    await chrome.scripting.unregisterContentScripts({ ids: [EVERYWHERE_SCRIPT_ID] });
  }
  return step.action;
}

/** Follows the permission as the user grants or removes it; added synchronously at worker start. */
export function watchDetectEverywhere(onError: (error: unknown) => void): void {
  const apply = () => void applyDetectEverywhere().catch(onError);
  chrome.permissions.onAdded.addListener(apply);
  chrome.permissions.onRemoved.addListener(apply);
  chrome.runtime.onInstalled.addListener(apply);
  chrome.runtime.onStartup.addListener(apply);
}
