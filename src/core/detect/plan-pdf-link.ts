import { IRM_REPORT, OPEN_GOVERNMENT, PLAN_PHRASE, SELF_ASSESSMENT } from './cues.ts';

const PDF_ADDRESS = /\.pdf(?:$|[?#])/i;
const SEPARATORS = /[-_+.]+/g;
const ACTION_PLAN = /action plan|plan de acci[oó]n|plano de a[cç][aã]o|plan d['’ ]?action/;

/**
 * Whether a link on a page points at an action plan's PDF, from its address and text alone (no
 * network). Self-assessments and IRM reports are plan-related but are not the plan, so they are left out.
 */
export function looksLikePlanPdfLink(href: string, linkText: string): boolean {
  const text = linkText.slice(0, 300);
  if (!PDF_ADDRESS.test(href.slice(0, 2_000)) && !/\bpdf\b/i.test(text)) return false;
  const words = `${safeDecode(href.slice(0, 2_000)).replace(SEPARATORS, ' ')} ${text}`.toLowerCase();
  if (SELF_ASSESSMENT.test(words) || IRM_REPORT.test(words)) return false;
  if (PLAN_PHRASE.test(words)) return true;
  return ACTION_PLAN.test(words) && OPEN_GOVERNMENT.test(words);
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
