/**
 * The one-time offer to let the extension run on a site by itself, so highlights come back on the next
 * visit without a click. "Asked" is remembered per origin so the offer is made once.
 */

export interface SitePermission {
  /** True when the origin is not granted and the person was never asked about it. */
  shouldOffer(pattern: string): Promise<boolean>;
  /** Must be called straight from a click handler: Chrome only asks during a user gesture. */
  request(pattern: string): Promise<boolean>;
  markAsked(pattern: string): Promise<void>;
}

const askedKey = (pattern: string) => `permission-asked:${pattern}`;

export const chromeSitePermission: SitePermission = {
  async shouldOffer(pattern) {
    const key = askedKey(pattern);
    const stored = await chrome.storage.local.get(key);
    if (stored[key] === true) return false;
    return !(await chrome.permissions.contains({ origins: [pattern] }));
  },
  request(pattern) {
    return chrome.permissions.request({ origins: [pattern] });
  },
  async markAsked(pattern) {
    await chrome.storage.local.set({ [askedKey(pattern)]: true });
  },
};
