/**
 * The plan record a member shares, built from what the annotator found in a document: its key, where
 * it was read, what the detector says it is, and its commitments, each text clipped to the schema's
 * limits so that a long heading never stops a plan from being shared. Pure.
 */
import type { Commitment } from '../commitments/commitment.ts';
import type { DocumentKind } from '../detect/detect-document.ts';
import type { Language } from '../detect/language.ts';
import { fingerprintOfKey } from '../document/pdf-document-key.ts';
import { MAX_TITLE_LENGTH } from './annotation.ts';
import { MAX_PLAN_COMMITMENTS, planIdOf, PlanSchema, type Plan, type PlanCommitment } from './plan-record.ts';
import { WebUrlSchema } from './web-url.ts';

export interface FoundPlan {
  /** The document's key (a normalised address, or `urn:x-pdf:<fingerprint>`). */
  documentUri: string;
  /** Where it was read, when that is not its key (a PDF's address). */
  address: string | null;
  title: string;
  kind: DocumentKind;
  language: Language;
  commitments: readonly Commitment[];
}

function clip(text: string | null | undefined, limit: number): string | null {
  if (text === null || text === undefined) return null;
  const chars = [...text];
  if (chars.length <= limit && text.length <= limit) return text;
  // Counted in UTF-16 units too (what the schema counts): a clipped text always fits.
  let out = chars.slice(0, limit - 1).join('');
  while (out.length > limit - 1) out = out.slice(0, -1);
  return `${out}…`;
}

function commitmentOf(c: Commitment): PlanCommitment {
  return {
    label: clip(c.label, 40),
    title: clip(c.title, 500) ?? '',
    page: c.page,
    theme: clip(c.theme, 500),
    leadAgency: clip(c.leadAgency, 500),
    start: clip(c.startDate, 100),
    end: clip(c.endDate, 100),
    reportedStatus: clip(c.reportedStatus, 100),
  };
}

/** The record to share, or null when there is nothing worth sharing (not a plan, or no commitment). */
export function planFrom(found: FoundPlan): Plan | null {
  if (found.kind === 'other') return null;
  const commitments = found.commitments
    .filter((c) => c.title.trim() !== '')
    .slice(0, MAX_PLAN_COMMITMENTS)
    .map(commitmentOf);
  if (commitments.length === 0) return null;
  const address =
    found.address !== null && WebUrlSchema.safeParse(found.address).success ? found.address : null;
  const parsed = PlanSchema.safeParse({
    id: planIdOf(found.documentUri),
    document: {
      uri: found.documentUri,
      alternates: address !== null && address !== found.documentUri ? [address] : [],
    },
    fingerprint: fingerprintOfKey(found.documentUri),
    title: clip(found.title, MAX_TITLE_LENGTH) ?? '',
    kind: found.kind,
    language: found.language,
    commitments,
  });
  return parsed.success ? parsed.data : null;
}
