import type { AnnotationBody } from '../model/annotation.ts';
import type { Assessment, CommitmentRef, Evidence } from '../model/assessment.ts';
import type { W3CBody } from './w3c-types.ts';

/**
 * One entry per field of the record's body, both directions. `toW3C` returns [] when the field is absent,
 * `fromW3C` returns {} when no body carries it, so an older export imports cleanly and a record without
 * the field exports as before. Each body uses a W3C type and a purpose from the W3C motivation list, so a
 * client that knows none of our terms still sees what kind of body it is; our terms (plan-context.ts)
 * carry the rest:
 *
 * - comment: `TextualBody`, `text/markdown`, purpose `commenting`;
 * - tag: `TextualBody`, purpose `tagging`, one per tag;
 * - commitment: `TextualBody`, purpose `identifying` (the passage is identified as this commitment), its
 *   value the commitment's label and title as printed;
 * - assessment: `TextualBody`, purpose `assessing`, its value a plain-text summary, the IRM vocabulary in
 *   our terms, and `supported` (whether any evidence is cited; written, never read back: it is derived);
 * - evidence: one `SpecificResource` per item, purpose `linking`, `source` the evidence address. A
 *   `SpecificResource` rather than a bare web resource, because W3C allows a purpose only on the former.
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

function hasPurpose(body: ImportedBody, purpose: string): boolean {
  return purposesOf(body).includes(purpose);
}

type TextualImported = ImportedBody & { value: string };

function isTextual(body: ImportedBody): body is TextualImported {
  return typeof body.value === 'string' && (body.type === undefined || body.type === 'TextualBody');
}

/** A JSON-LD value may be a single value or an array of one; the mappings want the value. */
function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** Absent (or JSON-LD's null) reads as null: the W3C form leaves empty optional terms out. */
function orNull(value: unknown): unknown {
  const one = single(value);
  return one === undefined ? null : one;
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
      .filter((b) => hasPurpose(b, 'commenting') || b.purpose === undefined);
    return texts.length === 0 ? {} : { comment: texts.map((b) => b.value).join('\n\n') };
  },
};

const tags: BodyFieldMapping = {
  toW3C: (body) => body.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  fromW3C: (bodies) => {
    const found = bodies.filter(isTextual).filter((b) => hasPurpose(b, 'tagging'));
    return found.length === 0 ? {} : { tags: found.map((b) => b.value) };
  },
};

/** How a commitment reads to a person: `3: Open budget data`, the title alone, or its position. */
export function commitmentName(ref: CommitmentRef): string {
  const name = [ref.label, ref.title].filter((part) => part !== null && part !== '').join(': ');
  return name === '' ? `Commitment ${ref.ordinal}` : name;
}

const commitment: BodyFieldMapping = {
  toW3C: ({ commitment: ref }) =>
    ref === undefined
      ? []
      : [
          {
            type: 'TextualBody',
            value: commitmentName(ref),
            format: 'text/plain',
            purpose: 'identifying',
            commitmentOrdinal: ref.ordinal,
            ...(ref.label === null ? {} : { commitmentLabel: ref.label }),
            commitmentTitle: ref.title,
            linkedBy: ref.linkedBy,
          },
        ],
  fromW3C: (bodies) => {
    // Only ours: an `identifying` body from another client names something we cannot place.
    const found = bodies.find((b) => hasPurpose(b, 'identifying') && b.commitmentOrdinal !== undefined);
    if (!found) return {};
    // Handed to the schema as found; a wrong type is refused there, with the field named.
    const ref = {
      ordinal: single(found.commitmentOrdinal),
      label: orNull(found.commitmentLabel),
      title: single(found.commitmentTitle) ?? '',
      linkedBy: single(found.linkedBy) ?? 'manual',
    };
    return { commitment: ref as CommitmentRef };
  },
};

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');
const words = (value: string): string => value.replace(/-/g, ' ');

/** The assessment as one plain sentence per term, for a W3C client that shows only the value. */
export function assessmentSummary(assessment: Assessment, evidenceCount: number): string {
  const parts = [`Completion: ${words(assessment.completion)}.`];
  if (assessment.values.length > 0) parts.push(`OGP values: ${assessment.values.map(words).join(', ')}.`);
  if (assessment.impact !== null) parts.push(`Potential impact: ${words(assessment.impact)}.`);
  if (assessment.verifiable !== null) parts.push(`Verifiable: ${yesNo(assessment.verifiable)}.`);
  if (assessment.openedGovernment != null) {
    parts.push(`Did it open government: ${words(assessment.openedGovernment)}.`);
  }
  parts.push(
    evidenceCount === 0
      ? 'Unsupported: no evidence cited.'
      : `Evidence: ${evidenceCount} source${evidenceCount === 1 ? '' : 's'}.`,
  );
  return parts.join(' ');
}

const assessment: BodyFieldMapping = {
  toW3C: (body) => {
    const found = body.assessment;
    if (found === undefined) return [];
    const evidenceCount = body.evidence?.length ?? 0;
    return [
      {
        type: 'TextualBody',
        value: assessmentSummary(found, evidenceCount),
        format: 'text/plain',
        purpose: 'assessing',
        completion: found.completion,
        ogpValues: [...found.values],
        ...(found.impact === null ? {} : { impact: found.impact }),
        ...(found.verifiable === null ? {} : { verifiable: found.verifiable }),
        // Optional and nullable in the record: null is written as null (JSON-LD reads it as absent), so
        // that the import gives back exactly the record, with or without the field.
        ...(found.openedGovernment === undefined ? {} : { openedGovernment: found.openedGovernment }),
        supported: evidenceCount > 0,
      },
    ];
  },
  fromW3C: (bodies) => {
    const found = bodies.find((b) => hasPurpose(b, 'assessing') && b.completion !== undefined);
    if (!found) return {};
    const values = found.ogpValues;
    const read = {
      completion: single(found.completion),
      values: values === undefined || values === null ? [] : Array.isArray(values) ? values : [values],
      impact: orNull(found.impact),
      verifiable: orNull(found.verifiable),
      ...('openedGovernment' in found ? { openedGovernment: single(found.openedGovernment) } : {}),
    };
    return { assessment: read as Assessment };
  },
};

function isEvidenceBody(body: ImportedBody): boolean {
  return hasPurpose(body, 'linking') && body.evidenceKind !== undefined;
}

/** The evidence address: `source` as an IRI, or as a web resource object with its `id`. */
function sourceIri(source: unknown): unknown {
  const one = single(source);
  return typeof one === 'object' && one !== null && 'id' in one ? (one as { id: unknown }).id : one;
}

const evidence: BodyFieldMapping = {
  toW3C: (body) =>
    (body.evidence ?? []).map((item) => ({
      type: 'SpecificResource',
      source: item.url,
      purpose: 'linking',
      evidenceTitle: item.title,
      evidenceKind: item.kind,
      ...(item.published === null ? {} : { published: item.published }),
      accessed: item.accessed,
      ...(item.excerpt === '' ? {} : { excerpt: item.excerpt }),
    })),
  fromW3C: (bodies) => {
    // An empty list and no list mean the same (unsupported); the W3C form has no bodies for either and
    // reads back as no list.
    const found = bodies.filter(isEvidenceBody);
    if (found.length === 0) return {};
    return {
      evidence: found.map(
        (b) =>
          ({
            url: sourceIri(b.source),
            title: single(b.evidenceTitle),
            kind: single(b.evidenceKind),
            published: orNull(b.published),
            accessed: single(b.accessed),
            excerpt: single(b.excerpt) ?? '',
          }) as Evidence,
      ),
    };
  },
};

export const BODY_FIELDS: readonly BodyFieldMapping[] = [comment, tags, commitment, assessment, evidence];

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
