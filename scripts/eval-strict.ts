/**
 * The strict measure of `npm run eval`. The matching of found to labelled commitments accepts the same label
 * with a title only half similar, so a title that ran on into the paragraph, or was cut short, still counts as
 * found. An outside scorer may compare titles as printed, so each matched pair is also judged here field by
 * field: the title after a light normalisation, the label, the page, the theme, and the fields the label
 * carries (lead agency, dates, reported status).
 */
import { editSimilarity } from '../src/core/anchoring/edit-similarity.ts';
import type { Commitment } from '../src/core/commitments/index.ts';
import type { Expected } from './eval-cases.ts';

/**
 * A title as a reader would compare it: Unicode compatibility forms folded (ligatures, non-breaking spaces),
 * curly quotes and guillemets to one straight quote, every dash to a hyphen, a word broken at a line end
 * ("trans- parency", "trans-\nparency" with a lower-case continuation) joined again, runs of white space
 * to one space, lower case, and the punctuation a title may end with (a period, a colon) dropped. Nothing
 * else: a missing or extra word stays a difference.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/gu, '"')
    .replace(/[\u2010-\u2015\u2212\u00ad]/gu, (c) => (c === '\u00ad' ? '' : '-'))
    .replace(/(\p{Ll})-\s+(\p{Ll})/gu, '$1$2')
    .replace(/\s+/gu, ' ')
    .replace(/\s*([.,:;])$/u, '')
    .replace(/^"\s*(.*?)\s*"$/u, '$1')
    .trim()
    .toLowerCase();
}

/**
 * Titles within this normalised edit similarity are "near" (an accent lost to the font, one letter read
 * wrong); below it the title is wrong: words were added or lost. For a title of 60 characters 0.9 allows
 * six edits, fewer than a short word and its spaces on either side of a typical run-on or cut.
 */
export const TITLE_NEAR = 0.9;

export type TitleVerdict = 'exact' | 'near' | 'wrong';

export function titleVerdict(found: string, expected: string): TitleVerdict {
  const a = normaliseTitle(found);
  const b = normaliseTitle(expected);
  if (a === b) return 'exact';
  return editSimilarity(a, b) >= TITLE_NEAR ? 'near' : 'wrong';
}

/**
 * Whether a theme is as labelled. Labellers differ on whether a theme keeps its numbering ("Axe 1 – ",
 * "Eje 2. ", "Thematic Area 1: "), so a theme equal to the labelled one once such a short lead-in ending in a
 * separator is dropped from either side counts as right; a theme cut short or run on does not.
 */
export function themeRight(found: string | null, expected: string | null): boolean {
  const a = normaliseTitle(found ?? '');
  const b = normaliseTitle(expected ?? '');
  if (a === b) return true;
  if (a === '' || b === '') return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (!long.endsWith(short)) return false;
  // At most two words and a number (digits, a roman numeral or an English number word), then a separator:
  // "eje 2. ", "thematic area one: "; "compromissos do v plano 1. " is a heading above the theme, run on.
  const lead = long.slice(0, long.length - short.length);
  return /^(?:\p{L}+ ){0,2}(?:\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten) ?[.:-] ?$/u.test(
    lead,
  );
}

/** Counts of one group (a set, a language): matched pairs and how many of each field were right. */
export interface StrictTally {
  matched: number;
  exact: number;
  near: number;
  wrong: number;
  /** Fields checked only where the label gives them: [right, labelled]. */
  label: [number, number];
  page: [number, number];
  theme: [number, number];
  fields: [number, number];
  status: [number, number];
}

export function emptyStrict(): StrictTally {
  return {
    matched: 0,
    exact: 0,
    near: 0,
    wrong: 0,
    label: [0, 0],
    page: [0, 0],
    theme: [0, 0],
    fields: [0, 0],
    status: [0, 0],
  };
}

/** One field that is not as labelled, for the listing. */
export interface StrictMiss {
  document: string;
  field: 'title' | 'title (near)' | 'label' | 'page' | 'theme' | 'fields' | 'status';
  label: string | null;
  expected: string;
  found: string;
}

function count(into: [number, number], right: boolean): void {
  into[1]++;
  if (right) into[0]++;
}

const show = (v: unknown): string => (v === null || v === undefined ? '(none)' : String(v));

/** Judges the matched pairs of one document, adding to every tally given and returning what was wrong. */
export function judge(
  document: string,
  pairs: ReadonlyArray<readonly [Commitment, Expected]>,
  into: readonly StrictTally[],
): StrictMiss[] {
  const misses: StrictMiss[] = [];
  const miss = (field: StrictMiss['field'], e: Expected, expected: unknown, found: unknown): void => {
    misses.push({ document, field, label: e.label, expected: show(expected), found: show(found) });
  };
  for (const [f, e] of pairs) {
    const verdict = titleVerdict(f.title, e.title);
    if (verdict !== 'exact') miss(verdict === 'wrong' ? 'title' : 'title (near)', e, e.title, f.title);
    const labelRight = (f.label ?? null) === (e.label ?? null);
    if (!labelRight) miss('label', e, e.label, f.label);
    // A page is only checked where both sides have one: HTML has none, and the matching already
    // refuses a pair on different pages when both are known.
    const paged = e.page !== null && e.page !== undefined;
    const pageRight = (f.page ?? null) === e.page;
    if (paged && !pageRight) miss('page', e, e.page, f.page);
    const themed = e.theme !== undefined;
    const themeOk = themeRight(f.theme ?? null, e.theme ?? null);
    if (themed && !themeOk) miss('theme', e, e.theme, f.theme);
    const hasFields = e.leadAgency !== undefined || e.startDate !== undefined || e.endDate !== undefined;
    const fieldsRight =
      (e.leadAgency === undefined || (f.leadAgency ?? null) === e.leadAgency) &&
      (e.startDate === undefined || (f.startDate ?? null) === e.startDate) &&
      (e.endDate === undefined || (f.endDate ?? null) === e.endDate);
    if (hasFields && !fieldsRight) {
      miss(
        'fields',
        e,
        `${show(e.leadAgency)} / ${show(e.startDate)} / ${show(e.endDate)}`,
        `${show(f.leadAgency)} / ${show(f.startDate)} / ${show(f.endDate)}`,
      );
    }
    const statused = e.reportedStatus !== undefined;
    const statusRight = (f.reportedStatus ?? null) === e.reportedStatus;
    if (statused && !statusRight) miss('status', e, e.reportedStatus, f.reportedStatus);
    for (const t of into) {
      t.matched++;
      t[verdict]++;
      count(t.label, labelRight);
      if (paged) count(t.page, pageRight);
      if (themed) count(t.theme, themeOk);
      if (hasFields) count(t.fields, fieldsRight);
      if (statused) count(t.status, statusRight);
    }
  }
  return misses;
}

function ratio([right, all]: [number, number]): string {
  return all === 0 ? '—' : `${right}/${all}`;
}

/** The columns of the strict table, after the group's name. */
export const STRICT_HEADER = [
  'matched',
  'title exact',
  'near',
  'title wrong',
  'label',
  'page',
  'theme',
  'lead+dates',
  'status',
];

export function strictRow(name: string, t: StrictTally): string[] {
  const share = t.matched === 0 ? '—' : `${Math.round((100 * t.exact) / t.matched)}%`;
  return [
    name,
    String(t.matched),
    `${t.exact} (${share})`,
    String(t.near),
    String(t.wrong),
    ratio(t.label),
    ratio(t.page),
    ratio(t.theme),
    ratio(t.fields),
    ratio(t.status),
  ];
}
