/** Where the extension runs by itself: a site the user allowed, and the detector on every site. */
import { rememberSiteChosen, siteAllowed } from './browser.ts';
import { detectEverywhereNow } from './detect-everywhere.ts';
import type { Handlers } from './router.ts';

type SiteHandlers = Pick<Handlers, 'site.allowed' | 'detector.everywhere'>;

export function siteHandlers(): SiteHandlers {
  return {
    async 'site.allowed'({ pattern, chosen }) {
      if (chosen) await rememberSiteChosen(pattern);
      return { allowed: await siteAllowed(pattern) };
    },
    'detector.everywhere': () => detectEverywhereNow(),
  };
}
