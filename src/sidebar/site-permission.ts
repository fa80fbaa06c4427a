/**
 * The one-time offer to let the extension run on a site by itself, so highlights come back on the next
 * visit without a click. "Asked" is remembered per origin so the offer is made once. Whether a site
 * counts as allowed is the background's answer (browsers differ there: src/background/browser.ts).
 */
import { call } from '../messaging/client.ts';

export interface SitePermission {
  /** True when the site is not allowed and the person was never asked about it. */
  shouldOffer(pattern: string): Promise<boolean>;
  /** Must be called straight from a click handler: the browser only asks during a user gesture. */
  request(pattern: string): Promise<boolean>;
  markAsked(pattern: string): Promise<void>;
}

const askedKey = (pattern: string) => `permission-asked:${pattern}`;

async function allowed(pattern: string, chosen: boolean): Promise<boolean> {
  const answer = await call('site.allowed', { pattern, ...(chosen ? { chosen } : {}) });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.allowed;
}

export const chromeSitePermission: SitePermission = {
  async shouldOffer(pattern) {
    const key = askedKey(pattern);
    const stored = await chrome.storage.local.get(key);
    if (stored[key] === true) return false;
    return !(await allowed(pattern, false));
  },
  async request(pattern) {
    const granted = await chrome.permissions.request({ origins: [pattern] });
    return granted && allowed(pattern, true);
  },
  async markAsked(pattern) {
    await chrome.storage.local.set({ [askedKey(pattern)]: true });
  },
};
