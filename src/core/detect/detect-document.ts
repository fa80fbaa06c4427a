import {
  ABOUT_A_PLAN,
  ANNUAL_REPORT,
  ACTION_PLAN,
  CALL_NAME,
  COMMITMENT_HEADING,
  IRM,
  IRM_REPORT,
  NEWS_NAME,
  MINUTES_NAME,
  MEETING_BUSINESS,
  NOT_A_PLAN,
  OPEN_GOVERNMENT,
  PLAN_ADDRESS,
  PLAN_PHRASE,
  SELF_ASSESSMENT,
  TEMPLATE_FIELD,
} from './cues.ts';
import { CONSULTATION_REPORT, PLAN_TO_COME } from './consultation-report.ts';
import { detectLanguage, type Language } from './language.ts';
import { looksLikePlanPdfLink } from './plan-pdf-link.ts';
import { namesItself } from './names-itself.ts';
import { isReaderPage } from './reader-page.ts';

export type DocumentKind = 'action-plan' | 'irm-report' | 'self-assessment' | 'other';

/**
 * The cues the detector can give as its reasons. They are codes, not sentences: each context words them
 * in the reader's language (`src/i18n/detect-reasons.ts`, the CLI in English).
 */
export const DETECT_REASON_CODES = [
  'planInTitle',
  'planInText',
  'openGovernment',
  'commitmentHeadings',
  'templateFields',
  'planAddress',
  'planPdfLinks',
  'notAPlan',
  'aboutAPlan',
  'commitmentsNotFound',
  'selfAssessment',
  'irmReport',
  'landingPage',
  'noCue',
  'notEnough',
] as const;
export type DetectReasonCode = (typeof DETECT_REASON_CODES)[number];
/** The codes that count something (headings, fields, links) carry the count. */
export type DetectReason = { code: DetectReasonCode; count?: number };

export interface DocumentSample {
  url?: string;
  title?: string;
  headings?: readonly string[];
  /** The page's text, or a PDF's; only the first `SAMPLE_LENGTH` characters are read. */
  text?: string;
  /** Links on the page, so that a landing page that offers a plan's PDF counts as plan-related. */
  links?: ReadonlyArray<{ href: string; text: string }>;
}

export interface Detection {
  kind: DocumentKind;
  /** How sure the detector is of `kind`, 0..1. */
  score: number;
  language: Language;
  /** The cues that fired, in the order they were weighed. */
  reasons: DetectReason[];
}

/** Enough for a plan's cover, contents and first commitments; keeps the cost bounded on any page. */
export const SAMPLE_LENGTH = 20_000;
/** The part where a report names itself: its cover. Plans mention the IRM further on, reports say it here. */
const OPENING_LENGTH = 800;
/** Where a document gives its own name: its title, or the first lines of a PDF's cover. */
const NAMING_LENGTH = 200;
/** Longer than a press release or a news item runs: a plan, whatever its cover quotes. */
const NEWS_PAGE_LENGTH = 12_000;
const MAX_HEADINGS = 40;
const MAX_LINKS = 200;

export function detectDocument(sample: DocumentSample): Detection {
  // Lower-cased once, so that every cue can be a case-sensitive regex (see cues.ts).
  const title = (sample.title ?? '').slice(0, 300).toLowerCase();
  const headings = (sample.headings ?? []).slice(0, MAX_HEADINGS).join('\n').slice(0, 4_000).toLowerCase();
  const text = (sample.text ?? '').slice(0, SAMPLE_LENGTH).toLowerCase();
  const url = safeDecode((sample.url ?? '').slice(0, 500)).toLowerCase();
  const opening = `${title}\n${headings}\n${text.slice(0, OPENING_LENGTH)}`;
  const all = `${title}\n${headings}\n${text}`;
  const reasons: DetectReason[] = [];

  // Evidence that this is about an OGP action plan at all.
  let plan = 0;
  // A PDF has no title element: its cover, the first lines of its text, plays that part.
  // A cover's title may break over lines ("… National Action" / "Plan").
  const cover = text.slice(0, 400).replace(/\s+/g, ' ');
  const planInTitle =
    PLAN_PHRASE.test(title) ||
    PLAN_PHRASE.test(headings) ||
    PLAN_PHRASE.test(cover) ||
    // "Action plan" on the cover of an open government document: an OGP plan that leaves "national" out.
    (ACTION_PLAN.test(cover) && OPEN_GOVERNMENT.test(cover));
  if (planInTitle) {
    plan += 0.4;
    reasons.push({ code: 'planInTitle' });
  } else if (PLAN_PHRASE.test(text)) {
    plan += 0.3;
    reasons.push({ code: 'planInText' });
  }
  if (OPEN_GOVERNMENT.test(all) || OPEN_GOVERNMENT.test(cover)) {
    plan += 0.25;
    reasons.push({ code: 'openGovernment' });
  }
  const headingCount = count(COMMITMENT_HEADING, text);
  if (headingCount >= 2) {
    plan += Math.min(0.25, 0.05 * headingCount);
    reasons.push({ code: 'commitmentHeadings', count: headingCount });
  }
  const fieldCount = count(TEMPLATE_FIELD, text);
  if (fieldCount >= 3) {
    plan += 0.1;
    reasons.push({ code: 'templateFields', count: fieldCount });
  }
  if (url && PLAN_ADDRESS.test(url)) {
    plan += 0.1;
    reasons.push({ code: 'planAddress' });
  }
  const planLinks = (sample.links ?? [])
    .slice(0, MAX_LINKS)
    .filter((l) => looksLikePlanPdfLink(l.href, l.text));
  if (planLinks.length > 0) {
    // Offering the plan for download is what a plan's landing page is for.
    plan += 0.25;
    reasons.push({ code: 'planPdfLinks', count: planLinks.length });
  }
  // Only where a document names itself: a beneficial-ownership commitment may well talk of shareholders.
  const traps =
    count(NOT_A_PLAN, opening) +
    (ANNUAL_REPORT.test(opening) &&
    namesItself(ANNUAL_REPORT, {
      title,
      firstHeading: headings.split('\n', 1)[0] ?? '',
      text: (sample.text ?? '').slice(0, OPENING_LENGTH),
    })
      ? 1
      : 0);
  if (traps > 0) {
    plan -= Math.min(0.5, 0.2 * traps);
    reasons.push({ code: 'notAPlan' });
  }
  plan = clamp(plan);
  // A news item, press release, blog post or consultation notice names the plan and prints neither its
  // commitments nor its template: it is about a plan, not one (the page that offers the plan's PDF is).
  // "Fake news" in a plan on disinformation is not a news item: a page names itself in its opening.
  // The cheap structural tests first: on most pages (not plan-like, or with headings) no regex runs.
  // A call for proposals names itself on its cover (title), and may mention the last plan's
  // self-assessment or IRM report as it goes: what it calls itself decides, not what it mentions.
  const naming = `${title}\n${cover.slice(0, NAMING_LENGTH)}`;
  // A short page that calls itself a press release or news where a page names itself may list the
  // commitments it reports on as headings ("Engagement 1 : …" proposed in a draft): they are its news.
  const namedNews = headingCount > 0 && text.length < NEWS_PAGE_LENGTH && NEWS_NAME.test(naming);
  // A blog post or article that summarises a plan may print its commitments as headings: its reading time,
  // comments and share links say what it is. Looked for last, on pages without the template's fields or a
  // link to a plan's PDF: its patterns scan the whole sample.
  const mayBeAboutAPlan =
    plan >= 0.35 &&
    (((headingCount === 0 || namedNews) && fieldCount < 3 && planLinks.length === 0) ||
      (planLinks.length === 0 && isReaderPage(all)));
  const callNamed = mayBeAboutAPlan && CALL_NAME.test(naming);
  const aboutCues = mayBeAboutAPlan
    ? ABOUT_A_PLAN.filter((cue) => cue.test(all)).length +
      (NEWS_NAME.test(opening) ? 1 : 0) +
      (callNamed ? 1 : 0) +
      // A report on the consultations for a plan still to come ("What we heard"): what it calls itself,
      // and the plan it says is yet to be published.
      (CONSULTATION_REPORT.test(naming) ? 1 : 0) +
      (PLAN_TO_COME.test(all) ? 1 : 0)
    : 0;
  const aboutAPlan = aboutCues >= 2;

  const language = detectLanguage(
    text.length >= 200 ? text.slice(0, 6_000) : `${title}\n${headings}\n${text}`,
  );
  const related = plan >= 0.35;

  // Minutes name themselves so on their cover and record a meeting's business: about a plan, whatever
  // commitment headings and progress they print.
  const minutes = related && MINUTES_NAME.test(naming) && MEETING_BUSINESS.test(all);
  if (minutes && !SELF_ASSESSMENT.test(naming) && !IRM.test(naming)) {
    reasons.push({ code: 'aboutAPlan' });
    return { kind: 'other', score: clamp(0.5 + plan / 4), language, reasons };
  }
  if (
    aboutAPlan &&
    ((callNamed && !SELF_ASSESSMENT.test(naming)) || (!SELF_ASSESSMENT.test(opening) && !IRM.test(opening)))
  ) {
    reasons.push({ code: 'aboutAPlan' });
    return { kind: 'other', score: clamp(0.5 + aboutCues / 10), language, reasons };
  }
  // Reports about a plan quote it at length, so they are told apart by how they name themselves.
  const selfNamed =
    related &&
    namesItself(SELF_ASSESSMENT, {
      title,
      firstHeading: headings.split('\n', 1)[0] ?? '',
      text: (sample.text ?? '').slice(0, OPENING_LENGTH),
    });
  if (selfNamed) {
    reasons.push({ code: 'selfAssessment' });
    return { kind: 'self-assessment', score: clamp(0.5 + plan / 2), language, reasons };
  }
  if (related && IRM.test(opening) && IRM_REPORT.test(opening)) {
    reasons.push({ code: 'irmReport' });
    return { kind: 'irm-report', score: clamp(0.5 + plan / 2), language, reasons };
  }
  if (plan >= 0.5) {
    if (planLinks.length > 0 && headingCount === 0 && text.length < 8_000) {
      reasons.push({ code: 'landingPage' });
    }
    return { kind: 'action-plan', score: plan, language, reasons };
  }
  if (reasons.length === 0) reasons.push({ code: 'noCue' });
  else reasons.push({ code: 'notEnough' });
  return { kind: 'other', score: clamp(1 - plan), language, reasons };
}

function count(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

function clamp(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
