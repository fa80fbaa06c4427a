/**
 * The Firefox manifest, derived from the built Chrome one so that both come from one source. Firefox
 * runs MV3 backgrounds as event pages (`background.scripts`), not service workers; it needs an add-on id;
 * it makes every web-accessible URL dynamic by itself and knows no `use_dynamic_url`.
 */

/** The add-on id under which the Firefox build is signed and its storage kept. */
export const GECKO_ID = 'plan-annotator@plan-annotator.org';
/** CSS Custom Highlights (how highlights are painted) arrived in Firefox 140. */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * @param {Record<string, any>} chrome the built Chrome manifest (not changed)
 * @returns {Record<string, any>} the Firefox manifest
 */
export function firefoxManifest(chrome) {
  const manifest = structuredClone(chrome);
  const worker = manifest.background?.service_worker;
  if (typeof worker !== 'string') throw new Error('the Chrome manifest names no background service worker');
  manifest.background = { scripts: [worker], type: 'module' };
  delete manifest.minimum_chrome_version;
  // Firefox's match patterns take no port (Firefox bug 1362809): `http://127.0.0.1:8787/*` would match
  // nothing there, and the default sync server could not be reached. The host on every port is the
  // nearest Firefox allows (src/background/browser.ts `originPermission` asks for the same).
  manifest.host_permissions = (manifest.host_permissions ?? []).map(withoutPort);
  manifest.web_accessible_resources = (manifest.web_accessible_resources ?? []).map(
    (/** @type {Record<string, unknown>} */ entry) => {
      const { use_dynamic_url: _dynamic, ...rest } = entry;
      return rest;
    },
  );
  // Firefox's default policy for extension pages adds `upgrade-insecure-requests`, which would turn the
  // viewer's fetch of a plan published over plain http into an https request that fails. Chrome's
  // default has no such clause; this is the same policy, written out.
  manifest.content_security_policy = {
    extension_pages: "script-src 'self'; object-src 'self'",
    ...manifest.content_security_policy,
  };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Nothing leaves the browser except to the sync server the user sets up themselves.
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android reads that last key from version 142 on.
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}

/** `http://127.0.0.1:8787/*` as Firefox can match it: `http://127.0.0.1/*`. */
function withoutPort(/** @type {string} */ pattern) {
  return pattern.replace(/^([a-z*]+:\/\/[^/:]+):\d+\//, '$1/');
}
