import { z } from 'zod';
import type { Annotation } from '../../src/core/model/annotation.ts';
import { SelectorSchema } from '../../src/core/model/selectors.ts';

/**
 * Our annotation as a W3C Web Annotation (JSON-LD) and back, for the protocol container at `/annotations/`.
 * The comment is a `TextualBody` in Markdown with purpose `commenting`, each tag one with `tagging`.
 * Visibility has no W3C term: an annotation created through the container is private.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: string;
}

export interface W3cAnnotation {
  '@context': string;
  id: string;
  type: 'Annotation';
  motivation: Annotation['motivation'];
  created: string;
  modified: string;
  creator?: string;
  body: W3cTextualBody[];
  target: Annotation['target'] & { type?: string };
  [extension: string]: unknown;
}

export function toW3c(annotation: Annotation, iri: string, creatorIri?: string): W3cAnnotation {
  const body: W3cTextualBody[] = [];
  if (annotation.body.comment) {
    body.push({
      type: 'TextualBody',
      value: annotation.body.comment,
      format: 'text/markdown',
      purpose: 'commenting',
    });
  }
  for (const tag of annotation.body.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    '@context': ANNO_CONTEXT,
    id: iri,
    type: 'Annotation',
    motivation: annotation.motivation,
    created: annotation.created,
    modified: annotation.modified,
    ...(creatorIri ? { creator: creatorIri } : {}),
    body,
    target: annotation.target,
    // Not W3C vocabulary; kept under our own name so a round trip through a third-party client keeps it.
    'plan-annotator:document-title': annotation.document.title,
  };
}

const TextualBodySchema = z.strictObject({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.enum(['commenting', 'tagging']).optional(),
  format: z.string().max(200).optional(),
  language: z.string().max(50).optional(),
  id: z.string().max(4096).optional(),
});

/** What a W3C client may send; server-owned fields (`id`, `creator`, …) are accepted and ignored. */
export const W3cInputSchema = z.strictObject({
  '@context': z.union([z.literal(ANNO_CONTEXT), z.array(z.string().max(4096)).max(10)]),
  id: z.string().max(4096).optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string().max(100)).max(10)]),
  motivation: z.enum(['highlighting', 'commenting'], { message: 'must be highlighting or commenting' }),
  created: z.string().max(100).optional(),
  modified: z.string().max(100).optional(),
  creator: z.unknown().optional(),
  body: z.union([TextualBodySchema, z.array(TextualBodySchema).max(100)]).optional(),
  target: z.strictObject({
    type: z.string().max(100).optional(),
    source: z.string().max(4096),
    selector: z.union([SelectorSchema, z.array(SelectorSchema).min(1).max(4)]),
  }),
  'plan-annotator:document-title': z.string().max(1000).optional(),
});
export type W3cInput = z.infer<typeof W3cInputSchema>;

/**
 * The annotation a W3C client means, still to be checked against the core `AnnotationSchema` (so that a
 * bad address or selector is refused with the same messages as through the sync API).
 */
export function fromW3c(input: W3cInput, id: string, now: string, previous?: Annotation): unknown {
  const bodies = input.body === undefined ? [] : Array.isArray(input.body) ? input.body : [input.body];
  const comment = bodies.find((b) => b.purpose !== 'tagging')?.value ?? '';
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  const candidate = {
    id,
    motivation: input.motivation,
    target: {
      source: input.target.source,
      selector: Array.isArray(input.target.selector) ? input.target.selector : [input.target.selector],
    },
    body: { comment, tags },
    document: { title: input['plan-annotator:document-title'] ?? previous?.document.title ?? '' },
    visibility: previous?.visibility ?? 'private',
    created: previous?.created ?? now,
    modified: now,
  };
  return candidate;
}
