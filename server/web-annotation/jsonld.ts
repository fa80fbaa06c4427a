import { recordCandidate } from '../../src/core/export/from-w3c.ts';
import { asArray, isObject } from '../../src/core/export/import-result.ts';
import { ANNO_CONTEXT } from '../../src/core/export/plan-context.ts';
import { toW3CAnnotation } from '../../src/core/export/to-w3c.ts';
import type { W3CAnnotation, W3CTarget } from '../../src/core/export/w3c-types.ts';
import type { Annotation } from '../../src/core/model/annotation.ts';
import { SelectorSchema } from '../../src/core/model/selectors.ts';
import { HttpError } from '../http/http-error.ts';
import { parsePart } from '../http/request-parts.ts';

/**
 * The protocol container's view of a record: the core export mapping (src/core/export), so the container
 * and the group export write the same JSON-LD, commitments, assessments, evidence and replies included.
 */
export { ANNO_CONTEXT };

export interface ContainerMeta {
  /** `https://host`, without the trailing slash; annotation IRIs are `<origin>/annotations/<id>`. */
  origin: string;
  creator: string;
  group: string | null;
}

export function containerAnnotation(
  record: Annotation,
  meta: ContainerMeta,
  options: { embedded?: boolean } = {},
): W3CAnnotation {
  return toW3CAnnotation(record, {
    baseUrl: `${meta.origin}/annotations/`,
    embedded: options.embedded,
    metaOf: () => ({
      creator: { id: `urn:uuid:${meta.creator}` },
      ...(meta.group ? { group: { id: `urn:uuid:${meta.group}` } } : {}),
    }),
  });
}

/**
 * The annotation a W3C client means, read with the core import mapping, still to be checked against the
 * core `AnnotationSchema` (so a bad address or selector is refused with the same messages as through the
 * sync API). What the server owns is not taken from the client: the id (from the path or new), the
 * visibility (private on create, as it was on update: a W3C client has no group to name) and the dates.
 */
export function recordFromW3c(input: unknown, id: string, now: string, previous?: Annotation): unknown {
  if (!isObject(input) || !asArray(input.type).includes('Annotation')) {
    throw new HttpError(400, 'body: must be a W3C Annotation (a JSON object with "type": "Annotation")');
  }
  const candidate = recordCandidate(input) as Record<string, unknown> & {
    target: { selector: unknown };
    document: { title: string };
  };
  // Selectors are handed to the schema as sent: the import drops ones it cannot use, a write refuses them.
  // A target given as a bare IRI has none: a note on the whole document.
  const passage = asArray(input.target).find(isObject);
  if (passage && passage.selector !== undefined) {
    // One selector object (JSON-LD's single value) is checked as itself, so the message names its field.
    if (!Array.isArray(passage.selector)) parsePart('body.target.selector', SelectorSchema, passage.selector);
    candidate.target.selector = asArray(passage.selector);
  }
  // The client's IRI for it stays as sent; an update that leaves it out keeps the one it had.
  const canonical = input.canonical ?? previous?.canonical;
  return {
    ...candidate,
    ...(canonical === undefined ? {} : { canonical }),
    id,
    document: {
      title:
        typeof input.documentTitle === 'string' ? candidate.document.title : (previous?.document.title ?? ''),
    },
    visibility: previous?.visibility ?? 'private',
    created: previous?.created ?? now,
    modified: now,
  };
}

/** A record as a W3C client would send it: our export of it, with the given id (tests post these). */
export interface W3cAnnotation extends Omit<W3CAnnotation, 'target'> {
  target: W3CTarget;
}

export function toW3c(annotation: Annotation, iri: string, creatorIri?: string): W3cAnnotation {
  if (annotation.replyTo !== undefined) throw new Error('a reply has two targets: use containerAnnotation');
  const { target, ...rest } = toW3CAnnotation(annotation, {
    metaOf: () => (creatorIri ? { creator: { id: creatorIri } } : {}),
  });
  return { ...rest, id: iri, target: Array.isArray(target) ? target[0] : target };
}
