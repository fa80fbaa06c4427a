import type { AnnotationBody } from '../model/annotation.ts';
import type { W3CBody } from './w3c-types.ts';

/**
 * One entry per field of the record's body, both directions. Assessment, evidence and commitment will each
 * be one more entry here: `toW3C` returns [] when the field is absent, `fromW3C` returns {} when no body
 * carries it, so an older export imports cleanly and a record without the field exports as before.
 */
export interface BodyFieldMapping {
  toW3C(body: AnnotationBody): W3CBody[];
  fromW3C(bodies: readonly ImportedBody[]): Partial<AnnotationBody>;
}

/** A body as read from someone else's JSON: only what the mappings look at, every field unchecked. */
export interface ImportedBody {
  type?: unknown;
  value?: unknown;
  purpose?: unknown;
  format?: unknown;
  id?: unknown;
  [term: string]: unknown;
}

function purposesOf(body: ImportedBody): unknown[] {
  return Array.isArray(body.purpose) ? body.purpose : [body.purpose];
}

type TextualImported = ImportedBody & { value: string };

function isTextual(body: ImportedBody): body is TextualImported {
  return typeof body.value === 'string' && (body.type === undefined || body.type === 'TextualBody');
}

const comment: BodyFieldMapping = {
  toW3C: (body) =>
    body.comment === ''
      ? []
      : [{ type: 'TextualBody', value: body.comment, format: 'text/markdown', purpose: 'commenting' }],
  fromW3C: (bodies) => {
    // Other clients often leave the purpose out of their one comment body; take that too.
    const texts = bodies
      .filter(isTextual)
      .filter((b) => purposesOf(b).includes('commenting') || b.purpose === undefined);
    return texts.length === 0 ? {} : { comment: texts.map((b) => b.value).join('\n\n') };
  },
};

const tags: BodyFieldMapping = {
  toW3C: (body) => body.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  fromW3C: (bodies) => {
    const found = bodies.filter(isTextual).filter((b) => purposesOf(b).includes('tagging'));
    return found.length === 0 ? {} : { tags: found.map((b) => b.value) };
  },
};

export const BODY_FIELDS: readonly BodyFieldMapping[] = [comment, tags];

/** The body of a record with nothing in it; imported fields are laid over a fresh one each time. */
function emptyBody(): AnnotationBody {
  return { comment: '', tags: [] };
}

export function bodiesOf(body: AnnotationBody): W3CBody[] {
  return BODY_FIELDS.flatMap((field) => field.toW3C(body));
}

export function bodyFrom(bodies: readonly ImportedBody[]): AnnotationBody {
  return Object.assign(emptyBody(), ...BODY_FIELDS.map((field) => field.fromW3C(bodies)));
}
