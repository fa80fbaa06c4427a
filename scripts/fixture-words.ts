/**
 * The words of the generated layout fixtures (`scripts/commitment-fixtures.ts`), in English, Spanish,
 * European Portuguese and French. Written by hand as a plan author would, not to match the finder:
 * each language words its template a little differently, as real plans do. One file per language
 * (`fixture-words-<lang>.ts`); this one holds their shape.
 */
import { EN } from './fixture-words-en.ts';
import { ES } from './fixture-words-es.ts';
import { FR } from './fixture-words-fr.ts';
import { PT } from './fixture-words-pt.ts';

export type Lang = 'en' | 'es' | 'pt' | 'fr';

export interface Words {
  planTitle: string;
  country: string;
  contents: string;
  introduction: string;
  introText: string[];
  /** "This plan contains N commitments grouped in T themes." */
  statedCount: (n: number, t: number) => string;
  commitmentsPart: string;
  consultation: string;
  consultationText: string;
  achievements: string;
  achievementsList: string[];
  lessons: string;
  lessonsList: string[];
  recommendations: string;
  recommendationsList: string[];
  annex: string;
  annexList: string[];
  themes: string[];
  /** Twelve commitment titles; some long enough to wrap. */
  titles: string[];
  agencies: string[];
  /** Template labels. */
  lead: string;
  supporting: string;
  duration: string;
  start: string;
  end: string;
  problem: string;
  objective: string;
  values: string;
  milestones: string;
  commitmentTitle: string;
  commitmentId: string;
  /** The word the plan uses for "commitment" in keyword headings. */
  keyword: string;
  problemText: string;
  objectiveText: string;
  bodyText: string;
  valuesText: string;
  milestoneTexts: string[];
  dates: [string, string, string, string];
  /** Table header: number, commitment, lead, period. */
  tableHeader: [string, string, string, string];
  /** A news item about the plan. */
  newsTitle: string;
  newsText: string[];
  /** Self-assessment words. */
  selfAssessmentTitle: string;
  selfAssessmentIntro: string;
  statusLabel: string;
  statuses: [string, string, string, string];
  progressText: string;
  pageWord: string;
}

export const WORDS: Record<Lang, Words> = { en: EN, es: ES, pt: PT, fr: FR };
