import type { Annotation } from '../model/annotation.ts';
import type { Selector } from '../model/selectors.ts';
import { bodiesOf } from './body-mapping.ts';
import { NO_META, type MetaOf } from './export-meta.ts';
import { EXPORT_CONTEXT } from './plan-context.ts';
import type { W3CAnnotation, W3CSelector, W3CTarget } from './w3c-types.ts';

export interface W3CAnnotationOptions {
  /** Annotations get `<baseUrl><id>` as id (e.g. the server's `https://host/annotations/`); else `urn:uuid:<id>`. */
  baseUrl?: string;
  metaOf?: MetaOf;
  /** Inside a page or collection that carries the `@context`, the items leave it out (W3C model §5.2). */
  embedded?: boolean;
}

export function annotationIri(id: string, baseUrl?: string): string {
  return baseUrl ? `${baseUrl}${id}` : `urn:uuid:${id}`;
}

/** A fresh copy, so the export never shares objects with the record it came from. */
function selectorOut(selector: Selector): W3CSelector {
  if (selector.type === 'FragmentSelector' && selector.refinedBy) {
    return { ...selector, refinedBy: { ...selector.refinedBy } };
  }
  return { ...selector };
}

function targetOf(record: Annotation, baseUrl: string | undefined): W3CAnnotation['target'] {
  // The whole document is targeted by its IRI alone, as the W3C model writes it.
  const passage: W3CTarget =
    record.target.selector.length === 0
      ? record.target.source
      : { source: record.target.source, selector: record.target.selector.map(selectorOut) };
  return record.replyTo === undefined ? passage : [passage, annotationIri(record.replyTo, baseUrl)];
}

/** What an exported annotation targets in its document (a reply's first target). */
export function passageOf(annotation: W3CAnnotation): W3CTarget {
  return Array.isArray(annotation.target) ? annotation.target[0] : annotation.target;
}

/** The document an exported annotation is about, whether it targets a passage or the whole of it. */
export function documentOf(annotation: W3CAnnotation): string {
  const target = passageOf(annotation);
  return typeof target === 'string' ? target : target.source;
}

export function toW3CAnnotation(record: Annotation, options: W3CAnnotationOptions = {}): W3CAnnotation {
  const meta = (options.metaOf ?? NO_META)(record);
  const body = bodiesOf(record.body);
  return {
    ...(options.embedded ? {} : { '@context': EXPORT_CONTEXT }),
    id: annotationIri(record.id, options.baseUrl),
    ...(record.canonical === undefined ? {} : { canonical: record.canonical }),
    type: 'Annotation',
    motivation: record.motivation,
    // The schema already holds these as UTC ISO strings; they go out unchanged.
    created: record.created,
    modified: record.modified,
    ...(meta.creator
      ? {
          creator: {
            id: meta.creator.id,
            type: 'Person' as const,
            ...(meta.creator.name ? { name: meta.creator.name } : {}),
          },
        }
      : {}),
    target: targetOf(record, options.baseUrl),
    ...(body.length > 0 ? { body } : {}),
    ...(record.document.title ? { documentTitle: record.document.title } : {}),
    visibility: record.visibility,
    ...(meta.group ? { group: meta.group.id } : {}),
  };
}
