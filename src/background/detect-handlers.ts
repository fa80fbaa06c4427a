/** What the always-on detect content script asks: record its verdict on the page, open a plan PDF. */
import { describeReason } from '../i18n/detect-reasons.ts';
import { t } from '../i18n/messages.ts';
import { updateBadge } from './badge.ts';
import { openTabBeside, setBadgeTitle } from './browser.ts';
import { RequestError } from './request-error.ts';
import type { Handlers, Sender } from './router.ts';
import type { Services } from './services.ts';

type DetectHandlers = Pick<Handlers, 'detect.report' | 'viewer.open'>;

export function detectHandlers(services: Services): DetectHandlers {
  return {
    async 'detect.report'({ kind, score, language, reasons }, { sender }) {
      const tab = senderTab(sender);
      // Only the page itself speaks for the tab, never one of its frames.
      if (sender.frameId !== 0) {
        throw new RequestError('forbidden', 'Only the top frame of a page may describe it.');
      }
      await services.detections.set(tab.id, { kind, score, language, reasons });
      const plan = kind === 'action-plan';
      if (plan) {
        const first = reasons[0];
        await setBadgeTitle(
          tab.id,
          first ? t('detect_badgeTitleWhy', describeReason(first)) : t('detect_badgeTitle'),
        );
      }
      await updateBadge(services, tab.id, sender.tab?.url || sender.url);
      return { badge: plan };
    },

    async 'viewer.open'({ url }, { sender }) {
      const tab = senderTab(sender);
      return { tabId: await openTabBeside(tab, services.viewers.urlFor(url)) };
    },
  };
}

function senderTab(sender: Sender): chrome.tabs.Tab & { id: number } {
  const tab = sender.tab;
  if (tab?.id === undefined || tab.id < 0) {
    throw new RequestError('invalid', 'This request only works from a page open in a tab.');
  }
  return tab as chrome.tabs.Tab & { id: number };
}
