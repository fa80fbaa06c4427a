/**
 * A plan as a group shares it: the identity and outline of a document a member annotated (an action
 * plan, or a self-assessment or IRM report of one), so that the group sees what the government reports
 * beside its own assessments. One schema for the extension and the server. Pure: no DOM, no chrome.*.
 */
import { z } from 'zod';
import { PdfFingerprintSchema } from '../document/pdf-document-key.ts';
import { uuidV5 } from '../export/uuid-v5.ts';
import { canonicalUuid, DocumentSourceSchema, MAX_TITLE_LENGTH } from './annotation.ts';
import { fieldMessage } from './field-messages.ts';
import { WebUrlSchema } from './web-url.ts';

/** The document kinds the detector names that have commitments (src/core/detect). */
export const PLAN_KINDS = ['action-plan', 'self-assessment', 'irm-report'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const MAX_PLAN_COMMITMENTS = 300;
export const MAX_PLAN_ALTERNATES = 10;
const MAX_LABEL = 40;
const MAX_FIELD = 500;
const MAX_DATE_TEXT = 100;

/** Namespace of plan ids: a plan's id is a version 5 UUID of its document's key in this namespace. */
const PLAN_NAMESPACE = '3a0f6a52-9b1e-4c55-8f2d-5e7c1b9d4a60';

/** The one id every member computes for the same document, so a group holds one record per document. */
export function planIdOf(documentUri: string): string {
  return uuidV5(documentUri, PLAN_NAMESPACE);
}

const text = (max: number) => z.string().max(max);

/** A commitment as the plan prints it; dates as printed, never parsed into a calendar. */
export const PlanCommitmentSchema = z.strictObject({
  label: text(MAX_LABEL).nullable(),
  title: text(MAX_FIELD).min(1),
  page: z.number().int().positive().max(100_000).nullable().optional(),
  theme: text(MAX_FIELD).nullable().optional(),
  leadAgency: text(MAX_FIELD).nullable().optional(),
  start: text(MAX_DATE_TEXT).nullable().optional(),
  end: text(MAX_DATE_TEXT).nullable().optional(),
  /** In a self-assessment or IRM report, the completion it reports ("Substantial"). */
  reportedStatus: text(MAX_DATE_TEXT).nullable().optional(),
});
export type PlanCommitment = z.infer<typeof PlanCommitmentSchema>;

const planFields = {
  id: canonicalUuid(fieldMessage('uuid')),
  document: z.strictObject({
    /** The document's key: its normalised address, or `urn:x-pdf:<fingerprint>`. */
    uri: DocumentSourceSchema,
    /** Other addresses it was read at (a PDF's download address). */
    alternates: z.array(WebUrlSchema).max(MAX_PLAN_ALTERNATES),
  }),
  fingerprint: PdfFingerprintSchema.nullable(),
  title: text(MAX_TITLE_LENGTH),
  kind: z.enum(PLAN_KINDS),
  language: z.enum(['en', 'es', 'fr', 'pt', 'und']),
  commitments: z.array(PlanCommitmentSchema).max(MAX_PLAN_COMMITMENTS),
};

const idMatchesDocument = (plan: { id: string; document: { uri: string } }, ctx: z.RefinementCtx) => {
  if (plan.id !== planIdOf(plan.document.uri)) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'must be the plan id of document.uri' });
  }
};

/** What a member shares (`PUT /api/groups/{group}/plans/{id}`): the server adds group, updated, version. */
export const PlanSchema = z.strictObject(planFields).superRefine(idMatchesDocument);
export type Plan = z.infer<typeof PlanSchema>;

/** A plan as the server holds it for one group. */
export const PlanRecordSchema = z
  .strictObject({
    ...planFields,
    group: canonicalUuid(fieldMessage('groupIdUuid')),
    /** UTC ISO-8601, when it was last shared. */
    updated: z.iso.datetime({ offset: false, message: fieldMessage('utcDate') }),
    /** Starts at 1 and grows by one on every write; the ETag is `"<version>"`. */
    version: z.number().int().positive(),
  })
  .superRefine(idMatchesDocument);
export type PlanRecord = z.infer<typeof PlanRecordSchema>;

export const PlanListSchema = z.strictObject({ plans: z.array(PlanRecordSchema) });

/** JSON with every object's keys sorted, so that two copies compare equal whatever order they came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether two shares say the same of a document (what is compared before sharing it again); the
 * server's copy comes back from a JSON column with its keys in another order.
 */
export function samePlan(a: Plan, b: Plan): boolean {
  const shared = ({ id, document, fingerprint, title, kind, language, commitments }: Plan) => ({
    id,
    document,
    fingerprint,
    title,
    kind,
    language,
    commitments,
  });
  return canonical(shared(a)) === canonical(shared(b));
}
