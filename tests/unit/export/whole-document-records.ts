import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';

/** A note on the whole plan (a W3C target given as a bare IRI), with the IRI its author gave it. */
export const WHOLE_PLAN: Annotation = AnnotationSchema.parse({
  id: '5d0c1f2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f',
  canonical: 'urn:uuid:3e1a2b3c-4d5e-4f60-8172-93a4b5c6d7e8',
  motivation: 'commenting',
  target: { source: 'https://example.org/plan', selector: [] },
  body: { comment: 'The plan as a whole lacks deadlines.', tags: ['overall'] },
  document: { title: 'Plan' },
  visibility: 'public',
  created: '2026-03-01T10:00:00.000Z',
  modified: '2026-03-01T10:00:00.000Z',
});

/** A reply in its thread: it targets the document's IRI and the note it answers. */
export const REPLY: Annotation = AnnotationSchema.parse({
  ...WHOLE_PLAN,
  id: '6e1d2f3a-9b8c-4d4e-8f20-3b4c5d6e7f80',
  canonical: undefined,
  motivation: 'replying',
  replyTo: WHOLE_PLAN.id,
  body: { comment: 'Agreed.', tags: [] },
});
delete (REPLY as { canonical?: string }).canonical;
