/**
 * Finding a plan's commitments for the annotators. It runs here, on the service worker's thread, because
 * on a long page it takes longer than a frame and the page must never freeze while its plan is read.
 */
import { findCommitments } from '../core/commitments/index.ts';
import { detectDocument } from '../core/detect/index.ts';
import type { Handlers } from './router.ts';

type CommitmentHandlers = Pick<Handlers, 'commitments.find'>;

export function commitmentHandlers(): CommitmentHandlers {
  return {
    async 'commitments.find'({ text, pages, styles, title, url, headings }) {
      // As the command line does: only a document that reads as an action plan has commitments.
      const detection = detectDocument({ url, title, headings, text });
      if (detection.kind !== 'action-plan') return { commitments: [] };
      return {
        commitments: findCommitments({ text, ...(pages ? { pages } : {}), ...(styles ? { styles } : {}) }),
      };
    },
  };
}
