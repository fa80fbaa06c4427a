/** Passing events between the annotator and the sidebar of one tab; they cannot reach each other directly. */
import { t } from '../i18n/messages.ts';
import { RequestError } from './request-error.ts';
import type { Handlers } from './router.ts';
import type { Services } from './services.ts';

type RelayHandlers = Pick<Handlers, 'relay.toSidebar' | 'relay.toAnnotator'>;

export function relayHandlers({ ports }: Services): RelayHandlers {
  return {
    async 'relay.toSidebar'({ event }, { sender }) {
      return { delivered: ports.post(senderTab(sender.tab), 'sidebar', { type: 'relay', event }) };
    },
    async 'relay.toAnnotator'({ event }, { sender }) {
      return {
        delivered: ports.post(senderTab(sender.tab), 'annotator', { type: 'relay.annotator', event }),
      };
    },
  };
}

function senderTab(tab: chrome.tabs.Tab | undefined): number {
  if (tab?.id === undefined || tab.id < 0) {
    throw new RequestError('invalid', t('bg_needsTab'));
  }
  return tab.id;
}
