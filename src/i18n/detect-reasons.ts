/** The detector's reasons (codes from `src/core/detect`) as sentences in the reader's language. */
import type { DetectReason, DetectReasonCode } from '../core/detect/index.ts';
import { t, tn, type MessageKey, type PluralKey } from './messages.ts';

type Counted = 'commitmentHeadings' | 'templateFields' | 'planPdfLinks' | 'commitmentsNotFound';

const COUNTED: Record<Counted, PluralKey> = {
  commitmentHeadings: 'detect_commitmentHeadings',
  templateFields: 'detect_templateFields',
  planPdfLinks: 'detect_planPdfLinks',
  commitmentsNotFound: 'detect_commitmentsNotFound',
};

const PLAIN: Record<Exclude<DetectReasonCode, Counted>, MessageKey> = {
  planInTitle: 'detect_planInTitle',
  planInText: 'detect_planInText',
  openGovernment: 'detect_openGovernment',
  planAddress: 'detect_planAddress',
  notAPlan: 'detect_notAPlan',
  aboutAPlan: 'detect_aboutAPlan',
  selfAssessment: 'detect_selfAssessment',
  irmReport: 'detect_irmReport',
  landingPage: 'detect_landingPage',
  noCue: 'detect_noCue',
  notEnough: 'detect_notEnough',
};

export function describeReason(reason: DetectReason): string {
  const { code } = reason;
  if (code in COUNTED) return tn(COUNTED[code as Counted], reason.count ?? 0);
  return t(PLAIN[code as Exclude<DetectReasonCode, Counted>]);
}
