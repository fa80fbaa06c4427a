/**
 * Finding a plan's commitments for the annotators. It runs here, on the service worker's thread, because
 * on a long page it takes longer than a frame and the page must never freeze while its plan is read.
 * What is found in a plan, self-assessment or IRM report is then shared with the user's group.
 */
import { findCommitments, type Commitment } from '../core/commitments/index.ts';
import { detectDocument, type Detection } from '../core/detect/index.ts';
import { updateBadge } from './badge.ts';
import type { RequestContext, Handlers } from './router.ts';
import type { Services } from './services.ts';
import { tabDocument } from './tab-document.ts';

type CommitmentHandlers = Pick<Handlers, 'commitments.find'>;

export function commitmentHandlers(services: Services): CommitmentHandlers {
  return {
    async 'commitments.find'({ text, pages, styles, title, url, headings }, { kind, sender }) {
      const detection = detectDocument({ url, title, headings, text });
      // No detect script runs on a PDF: the viewer's reading of its whole text is what the popup says
      // about it (whether it reads as a plan, and why), and what gives its tab the PLAN badge.
      const tabId = sender.tab?.id;
      if (kind === 'viewer' && tabId !== undefined && tabId >= 0) {
        const { kind: documentKind, score, language, reasons } = detection;
        await services.detections.set(tabId, { kind: documentKind, score, language, reasons });
        await updateBadge(services, tabId, sender.tab?.url);
      }
      if (detection.kind === 'other') return { commitments: [] };
      // As the command line does: a plan has commitments, and a report reviews them (with their status).
      const commitments = findCommitments({
        text,
        ...(pages ? { pages } : {}),
        ...(styles ? { styles } : {}),
      });
      void shareWithGroup(services, { kind, sender }, detection, { title, url, commitments });
      // The outline is a plan's: a report's commitments go to the group (their statuses), not the sidebar.
      return { commitments: detection.kind === 'action-plan' ? commitments : [] };
    },
  };
}

/** Shares the plan with the user's group, in the background: the annotator does not wait for it. */
async function shareWithGroup(
  services: Services,
  { kind, sender }: RequestContext,
  detection: Detection,
  found: { title: string; url: string; commitments: Commitment[] },
): Promise<void> {
  const plans = services.plans;
  const tabId = sender.tab?.id;
  if (!plans || tabId === undefined || tabId < 0 || found.commitments.length === 0) return;
  try {
    // The document is the one this tab shows, as the background knows it, never the request's word.
    const documentUri = await tabDocument(services, tabId, sender.tab?.url);
    if (!documentUri) return;
    await plans.share({
      documentUri,
      address: kind === 'viewer' ? found.url : null,
      title: found.title,
      kind: detection.kind,
      language: detection.language,
      commitments: found.commitments,
    });
  } catch (error) {
    console.warn('Plan Annotator: the plan was not shared', error);
  }
}
