/**
 * What a reviewer records about a commitment, in the Independent Reporting Mechanism's words, and the
 * evidence that backs a claim. The vocabularies are closed lists: a value outside them is refused with a
 * message naming the field, so an export never carries a word another reader cannot interpret.
 */
import { z } from 'zod';
import { fieldMessage, type FieldMessageCode } from './field-messages.ts';
import { WebUrlSchema } from './web-url.ts';

export const COMPLETION_LEVELS = [
  'no-evidence',
  'not-started',
  'limited',
  'substantial',
  'complete',
] as const;
export const OGP_VALUES = [
  'access-to-information',
  'civic-participation',
  'public-accountability',
  'technology-innovation',
] as const;
export const IMPACT_LEVELS = ['none', 'minor', 'moderate', 'transformative'] as const;
export const OPENED_GOVERNMENT_LEVELS = [
  'worsened',
  'did-not-change',
  'marginal',
  'major',
  'outstanding',
] as const;
export const EVIDENCE_KINDS = [
  'official-document',
  'law-or-decree',
  'budget',
  'dataset',
  'government-website',
  'self-assessment',
  'irm-report',
  'news',
  'foi-response',
  'interview',
  'meeting-minutes',
  'other',
] as const;

export type Completion = (typeof COMPLETION_LEVELS)[number];
export type OgpValue = (typeof OGP_VALUES)[number];
export type Impact = (typeof IMPACT_LEVELS)[number];
export type OpenedGovernment = (typeof OPENED_GOVERNMENT_LEVELS)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const MAX_EVIDENCE = 20;
export const MAX_EVIDENCE_TITLE = 500;
export const MAX_EXCERPT = 2000;
export const MAX_COMMITMENT_TITLE = 500;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, code: FieldMessageCode) =>
  z.enum(values, { error: fieldMessage(code, values.join(', ')) });

/** A calendar day, `2026-01-31`: evidence is published and read on days, not instants. */
export const CalendarDateSchema = z.iso.date({ message: fieldMessage('calendarDate') });

export const AssessmentSchema = z.strictObject({
  completion: oneOf(COMPLETION_LEVELS, 'completionOneOf'),
  values: z
    .array(oneOf(OGP_VALUES, 'ogpValueOneOf'))
    .max(OGP_VALUES.length)
    .refine((list) => new Set(list).size === list.length, { message: fieldMessage('valueTwice') }),
  impact: oneOf(IMPACT_LEVELS, 'impactOneOf').nullable(),
  verifiable: z.boolean({ error: fieldMessage('trueOrFalse') }).nullable(),
  openedGovernment: oneOf(OPENED_GOVERNMENT_LEVELS, 'openedGovernmentOneOf').nullable().optional(),
});

export const EvidenceSchema = z.strictObject({
  url: WebUrlSchema,
  title: z
    .string()
    .trim()
    .min(1, fieldMessage('titleEmpty'))
    .max(MAX_EVIDENCE_TITLE, fieldMessage('titleTooLong', MAX_EVIDENCE_TITLE)),
  kind: oneOf(EVIDENCE_KINDS, 'evidenceKindOneOf'),
  published: CalendarDateSchema.nullable(),
  accessed: CalendarDateSchema,
  excerpt: z.string().max(MAX_EXCERPT, fieldMessage('excerptTooLong', MAX_EXCERPT)),
});

/**
 * The commitment an annotation is about: found in the document by src/core/commitments (so it is named
 * by what the plan prints) and linked automatically from the passage, or chosen by hand.
 */
export const CommitmentRefSchema = z.strictObject({
  /** 1-based position among the commitments found in the document. */
  ordinal: z.number().int().positive().max(100_000),
  label: z.string().max(40).nullable(),
  title: z.string().max(MAX_COMMITMENT_TITLE, fieldMessage('titleTooLong', MAX_COMMITMENT_TITLE)),
  linkedBy: z.enum(['auto', 'manual']),
});

export type Assessment = z.infer<typeof AssessmentSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type CommitmentRef = z.infer<typeof CommitmentRefSchema>;

/** Today as a calendar day in UTC, the default "accessed" date of new evidence. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
