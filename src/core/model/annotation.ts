import { z } from 'zod';
import { PdfDocumentKeySchema } from '../document/pdf-document-key.ts';
import { AssessmentSchema, CommitmentRefSchema, EvidenceSchema, MAX_EVIDENCE } from './assessment.ts';
import { fieldMessage } from './field-messages.ts';
import { WebUrlSchema } from './web-url.ts';

export { WebUrlSchema };
import { SelectorSchema } from './selectors.ts';

import { MAX_COMMENT_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH } from './annotation-parts.ts';

// The plain limits and accessors live apart, so the annotator's content script can use them without zod.
export {
  MAX_COMMENT_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  evidenceOf,
  fragmentSelectorOf,
  isUnsupported,
  isWholeDocument,
  positionSelectorOf,
  quoteSelectorOf,
} from './annotation-parts.ts';

const utcDate = z.iso.datetime({
  offset: false,
  message: fieldMessage('utcDate'),
});

/**
 * What `target.source` may be: a web address, or the key of a PDF known by its fingerprint (see
 * pdf-document-key.ts). Both are IRIs, as the W3C model asks; `javascript:`, `data:` and the rest stay out.
 */
export const DocumentSourceSchema = z.union([WebUrlSchema, PdfDocumentKeySchema], {
  error: fieldMessage('documentSource'),
});

export const TagSchema = z
  .string()
  .trim()
  .min(1, fieldMessage('tagEmpty'))
  .max(MAX_TAG_LENGTH, fieldMessage('tagTooLong', MAX_TAG_LENGTH))
  .refine((t) => ![...t].some((c) => c.charCodeAt(0) < 0x20), {
    message: fieldMessage('tagControlCharacter'),
  });

/**
 * A UUID in its one canonical spelling, lower case, as PostgreSQL prints it: an id compared as text
 * (IndexedDB keys, maps) must not name the same record twice in two cases.
 */
export function canonicalUuid(message: string) {
  return z.uuid({ message }).transform((id) => id.toLowerCase());
}

export const VisibilitySchema = z.enum(['private', 'group', 'public']);

export const TargetSchema = z.strictObject({
  /** The document's address, normalised (see document-uri.ts), or a PDF's key (pdf-document-key.ts). */
  source: DocumentSourceSchema,
  /**
   * Where in the document. None: the annotation is about the whole document (a W3C target given as a
   * bare IRI), so there is no passage to anchor or quote (see `isWholeDocument`).
   */
  selector: z.array(SelectorSchema).max(4),
});

const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/u;
const isControl = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};

/**
 * An IRI as RFC 3987 spells one, checked loosely: a scheme, a colon, then no space, control character or
 * character IRIs leave out. Kept as given, never opened: only the W3C export writes it back out.
 */
export const IriSchema = z
  .string()
  .max(4096)
  .refine((value) => IRI.test(value) && ![...value].some(isControl), { message: fieldMessage('iri') });

export const BodySchema = z.strictObject({
  /** Markdown; rendered with raw HTML off. */
  comment: z.string().max(MAX_COMMENT_LENGTH, fieldMessage('commentTooLong', MAX_COMMENT_LENGTH)),
  tags: z.array(TagSchema).max(MAX_TAGS, fieldMessage('tooManyTags', MAX_TAGS)),
  /** The commitment this is about (see assessment.ts); absent when the passage is in none. */
  commitment: CommitmentRefSchema.optional(),
  /** A progress assessment in the IRM vocabulary; the annotation's motivation is then `assessing`. */
  assessment: AssessmentSchema.optional(),
  /** Sources that back the comment or assessment; an assessment with none is shown as unsupported. */
  evidence: z
    .array(EvidenceSchema)
    .max(MAX_EVIDENCE, fieldMessage('tooManyEvidence', MAX_EVIDENCE))
    .optional(),
});

export const AnnotationSchema = z
  .strictObject({
    id: canonicalUuid(fieldMessage('uuid')),
    motivation: z.enum(['highlighting', 'commenting', 'assessing', 'replying']),
    /** A reply names the annotation it answers (the thread's root); its target is a copy of the root's. */
    replyTo: canonicalUuid(fieldMessage('replyToUuid')).optional(),
    target: TargetSchema,
    body: BodySchema,
    /**
     * The IRI the annotation's author says identifies it everywhere (W3C `canonical`): a W3C client's,
     * kept unchanged through the server and every export; absent for the extension's own records.
     */
    canonical: IriSchema.optional(),
    document: z.strictObject({
      title: z.string().max(MAX_TITLE_LENGTH),
      /**
       * Where a PDF (its `target.source` a fingerprint key) was read when the annotation was made, so
       * that its link opens it for readers who never had it (see src/core/document/annotation-link.ts).
       * Absent for web pages, whose source is their address, and for PDFs read from disk.
       */
      address: WebUrlSchema.optional(),
    }),
    visibility: VisibilitySchema,
    created: utcDate,
    modified: utcDate,
  })
  .superRefine((annotation, ctx) => {
    // The motivation says what the record is, so a reader of the W3C export need not guess from the body.
    const assessing = annotation.body.assessment !== undefined;
    if (assessing !== (annotation.motivation === 'assessing')) {
      ctx.addIssue({
        code: 'custom',
        path: ['motivation'],
        message: assessing
          ? fieldMessage('assessmentNeedsAssessing')
          : fieldMessage('assessingNeedsAssessment'),
      });
    }
    const replying = annotation.replyTo !== undefined;
    if (replying !== (annotation.motivation === 'replying') && !(replying && assessing)) {
      ctx.addIssue({
        code: 'custom',
        path: ['motivation'],
        message: replying ? fieldMessage('replyNeedsReplying') : fieldMessage('replyingNeedsReplyTo'),
      });
    }
    if (annotation.replyTo === annotation.id) {
      ctx.addIssue({ code: 'custom', path: ['replyTo'], message: fieldMessage('replyToItself') });
    }
  });

export type Annotation = z.infer<typeof AnnotationSchema>;
export type AnnotationTarget = z.infer<typeof TargetSchema>;
export type AnnotationBody = z.infer<typeof BodySchema>;
export type Visibility = z.infer<typeof VisibilitySchema>;
