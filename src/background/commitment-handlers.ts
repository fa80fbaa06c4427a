/**
 * Finding a plan's commitments for the annotators. It runs here, on the service worker's thread, because
 * on a long page it takes longer than a frame and the page must never freeze while its plan is read.
 */
import { findCommitments } from '../core/commitments/index.ts';
import { detectDocument } from '../core/detect/index.ts';
import { updateBadge } from './badge.ts';
import type { Handlers } from './router.ts';
import type { Services } from './services.ts';

type CommitmentHandlers = Pick<Handlers, 'commitments.find'>;

export function commitmentHandlers(services: Services): CommitmentHandlers {
  return {
    async 'commitments.find'({ text, pages, title, url, headings }, { kind, sender }) {
      // As the command line does: only a document that reads as an action plan has commitments.
      const detection = detectDocument({ url, title, headings, text });
      // No detect script runs on a PDF: the viewer's reading of its whole text is what the popup says
      // about it (whether it reads as a plan, and why), and what gives its tab the PLAN badge.
      const tabId = sender.tab?.id;
      if (kind === 'viewer' && tabId !== undefined && tabId >= 0) {
        const { kind: documentKind, score, language, reasons } = detection;
        await services.detections.set(tabId, { kind: documentKind, score, language, reasons });
        await updateBadge(services, tabId, sender.tab?.url);
      }
      if (detection.kind !== 'action-plan') return { commitments: [] };
      return { commitments: findCommitments(pages ? { text, pages } : { text }) };
    },
  };
}
