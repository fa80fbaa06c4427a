import { describe, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import type { Assessment, Evidence } from '../../../src/core/model/assessment.ts';
import {
  CommitmentOutlineSchema,
  MAX_OUTLINE_PIECES,
  type CommitmentOutline,
} from '../../../src/messaging/protocol.ts';
import {
  autoLink,
  commitmentRefOf,
  commitmentTarget,
  outlineOf,
} from '../../../src/ui/commitment-outline.ts';
import { HIGHLIGHT_STYLES, highlightClassOf, highlightStyleOf } from '../../../src/ui/highlight-style.ts';
import { NO_FILTERS, tagSuggestions, threadMatches } from '../../../src/ui/annotation-filters.ts';
import { countsByCommitment, summarize } from '../../../src/ui/commitment-review.ts';
import { motivationAfterEdit, newReply, threadsOf } from '../../../src/ui/threads.ts';

const DOC = 'https://www.gov.example/plan';
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

const OUTLINE: CommitmentOutline[] = [
  { ordinal: 1, label: '1', title: 'Open contracting', start: 100, end: 500, page: null, theme: null },
  { ordinal: 2, label: '2', title: 'Beneficial ownership', start: 500, end: 900, page: null, theme: null },
];

const EVIDENCE: Evidence = {
  url: 'https://data.gov.example/contracts.csv',
  title: 'Contracts',
  kind: 'dataset',
  published: null,
  accessed: '2026-02-01',
  excerpt: '',
};

function record(
  start: number,
  options: {
    comment?: string;
    tags?: string[];
    ordinal?: number;
    assessment?: Partial<Assessment>;
    evidence?: Evidence[];
    modified?: string;
  } = {},
): Annotation {
  const commitment = OUTLINE.find((c) => c.ordinal === options.ordinal);
  const annotation: Annotation = {
    id: uuid(),
    motivation: options.assessment ? 'assessing' : options.comment ? 'commenting' : 'highlighting',
    target: {
      source: DOC,
      selector: [
        { type: 'TextQuoteSelector', exact: 'passage' },
        { type: 'TextPositionSelector', start, end: start + 7 },
      ],
    },
    body: {
      comment: options.comment ?? '',
      tags: options.tags ?? [],
      ...(commitment ? { commitment: commitmentRefOf(commitment, 'auto') } : {}),
      ...(options.assessment
        ? {
            assessment: {
              completion: 'limited',
              values: [],
              impact: null,
              verifiable: null,
              ...options.assessment,
            },
          }
        : {}),
      ...(options.evidence ? { evidence: options.evidence } : {}),
    },
    document: { title: 'Plan' },
    visibility: 'group',
    created: '2026-01-31T12:00:00.000Z',
    modified: options.modified ?? '2026-01-31T12:00:00.000Z',
  };
  expect(AnnotationSchema.safeParse(annotation).success).toBe(true);
  return annotation;
}

describe('highlight styles', () => {
  it('colour an assessment by its completion, unsupported when it cites nothing', () => {
    expect(
      highlightStyleOf(record(0, { assessment: { completion: 'complete' }, evidence: [EVIDENCE] })),
    ).toBe('completion-complete');
    expect(highlightStyleOf(record(0, { assessment: { completion: 'complete' } }))).toBe('unsupported');
    expect(highlightStyleOf(record(0, { comment: 'why?' }))).toBe('comment');
    expect(highlightStyleOf(record(0))).toBe('highlight');
    expect(highlightClassOf).toBe(highlightStyleOf);
    for (const style of Object.values(HIGHLIGHT_STYLES)) expect(style.label).not.toBe('');
  });
});

describe('linking passages to commitments', () => {
  it('links by where the passage starts, and not at all outside every commitment', () => {
    expect(autoLink(OUTLINE, record(120).target)).toEqual({
      ordinal: 1,
      label: '1',
      title: 'Open contracting',
      linkedBy: 'auto',
    });
    expect(autoLink(OUTLINE, record(499).target)?.ordinal).toBe(1);
    expect(autoLink(OUTLINE, record(500).target)?.ordinal).toBe(2);
    expect(autoLink(OUTLINE, record(50).target)).toBeUndefined();
    expect(autoLink(OUTLINE, record(950).target)).toBeUndefined();
  });

  it('carries the pieces of a commitment found in a text read in another order, within the protocol', () => {
    const entry = { ...(OUTLINE[0] as CommitmentOutline), pieces: [{ start: 100, end: 120 }] };
    expect(CommitmentOutlineSchema.safeParse(entry).success).toBe(true);
    expect(CommitmentOutlineSchema.safeParse(OUTLINE[0]).success).toBe(true);
    const many = Array.from({ length: MAX_OUTLINE_PIECES + 1 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }));
    expect(CommitmentOutlineSchema.safeParse({ ...entry, pieces: many }).success).toBe(false);
    // outlineOf keeps the first ones of a longer list, so the protocol does not refuse the outline.
    const [clipped] = outlineOf(
      [
        {
          label: '1',
          title: 'Open contracting',
          start: 0,
          end: 10,
          page: 1,
          theme: null,
          leadAgency: null,
          startDate: null,
          endDate: null,
          milestones: [],
        },
      ],
      (cp) => cp,
      () => many,
    );
    expect(clipped?.pieces).toHaveLength(MAX_OUTLINE_PIECES);
    expect(CommitmentOutlineSchema.safeParse(clipped).success).toBe(true);
  });

  it('numbers found commitments, maps their offsets and clips what the protocol would refuse', () => {
    const outline = outlineOf(
      [
        {
          label: 'X'.repeat(60),
          title: 'T'.repeat(700),
          start: 10,
          end: 20,
          page: 3,
          theme: null,
          leadAgency: null,
          startDate: null,
          endDate: null,
          milestones: [],
        },
      ],
      (cp) => cp * 2,
    );
    expect(outline[0]).toMatchObject({ ordinal: 1, start: 20, end: 40, page: 3 });
    expect([...(outline[0]?.label ?? '')]).toHaveLength(40);
    expect([...(outline[0]?.title ?? '')]).toHaveLength(500);
  });

  it('targets a commitment’s heading for an assessment made from the outline, with the page in a PDF', () => {
    const target = commitmentTarget('urn:x-pdf:0123456789abcdef0123456789abcdef', {
      ...(OUTLINE[1] as CommitmentOutline),
      page: 4,
    });
    expect(target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Beneficial ownership' },
      { type: 'TextPositionSelector', start: 500, end: 520 },
      { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=4' },
    ]);
  });
});

describe('counts and the summary', () => {
  it('counts annotations, assessments, sources and unsupported ones per commitment; replies count to their root', () => {
    const root = record(120, {
      ordinal: 1,
      assessment: { completion: 'complete' },
      evidence: [EVIDENCE, EVIDENCE],
    });
    const bare = record(130, { ordinal: 1, assessment: { completion: 'limited' } });
    const reply = {
      ...newReply(root, 'Source?', new Date('2026-02-02T00:00:00Z'), uuid()),
      body: { comment: 'Here', tags: [], evidence: [EVIDENCE] },
    };
    const counts = countsByCommitment([root, bare, reply, record(600, { ordinal: 2 }), record(10)]);
    expect(counts.get(1)).toEqual({ annotations: 2, assessments: 2, evidence: 3, unsupported: 1 });
    expect(counts.get(2)).toEqual({ annotations: 1, assessments: 0, evidence: 0, unsupported: 0 });
  });

  it('says who assessed what, how many are evidence-backed, and when reviewers disagree', () => {
    const alice1 = record(120, {
      ordinal: 1,
      assessment: { completion: 'limited' },
      modified: '2026-01-01T00:00:00.000Z',
    });
    const alice2 = record(121, {
      ordinal: 1,
      assessment: { completion: 'complete' },
      evidence: [EVIDENCE],
      modified: '2026-03-01T00:00:00.000Z',
    });
    const bob = record(122, { ordinal: 1, assessment: { completion: 'substantial' }, evidence: [EVIDENCE] });
    const carol = record(600, { ordinal: 2, assessment: { completion: 'complete' } });
    const dave = record(601, { ordinal: 2, assessment: { completion: 'complete' }, evidence: [EVIDENCE] });
    const authors = { [alice1.id]: 'alice', [alice2.id]: 'alice', [bob.id]: 'bob', [carol.id]: 'carol' };
    const rows = summarize(OUTLINE, [alice1, alice2, bob, carol, dave], authors, 'dave');
    expect(rows.map((r) => r.commitment.ordinal)).toEqual([1, 2]);
    const [first, second] = rows;
    expect(first?.assessments.map((a) => [a.author, a.completion])).toEqual([
      ['alice', 'complete'],
      ['bob', 'substantial'],
      ['alice', 'limited'],
    ]);
    expect(first?.evidenceBacked).toBe(2);
    // Alice's latest word counts, not her first.
    expect(first?.disagreement).toBe(true);
    expect(first?.positions).toEqual([
      { author: 'alice', completion: 'complete' },
      { author: 'bob', completion: 'substantial' },
    ]);
    expect(second?.disagreement).toBe(false);
    expect(second?.assessments.find((a) => a.author === 'dave')?.supported).toBe(true);
    expect(second?.assessments.find((a) => a.author === 'carol')?.supported).toBe(false);
  });
});

describe('threads, replies and filters', () => {
  it('puts replies under their root, oldest first, and keeps a reply whose root is gone', () => {
    const root = record(100, { comment: 'Root' });
    const later = newReply(root, 'second', new Date('2026-02-03T00:00:00Z'), uuid());
    const earlier = newReply(root, 'first', new Date('2026-02-02T00:00:00Z'), uuid());
    const stray = { ...newReply(root, 'stray', new Date('2026-02-04T00:00:00Z'), uuid()), replyTo: uuid() };
    const threads = threadsOf([root, later, earlier, stray]);
    expect(threads.map((t) => t.root.body.comment)).toEqual(['Root', 'stray']);
    expect(threads[0]?.replies.map((r) => r.body.comment)).toEqual(['first', 'second']);
    expect(AnnotationSchema.safeParse(later).success).toBe(true);
    expect(later).toMatchObject({
      motivation: 'replying',
      replyTo: root.id,
      target: root.target,
      visibility: 'group',
    });
  });

  it('filters by commitment, tag, completion, author, support and place', () => {
    const linked = record(120, { ordinal: 1, tags: ['budget'], assessment: { completion: 'limited' } });
    const free = record(10, { comment: 'x' });
    const reply = { ...newReply(free, 'y', new Date(), uuid()), body: { comment: 'y', tags: ['budget'] } };
    const threads = threadsOf([linked, free, reply]);
    const context = {
      authors: { [reply.id]: 'bob' },
      me: null,
      stateOf: (id: string) => (id === free.id ? ('orphan' as const) : ('anchored' as const)),
    };
    const shown = (filters: Partial<typeof NO_FILTERS>) =>
      threads.filter((t) => threadMatches(t, { ...NO_FILTERS, ...filters }, context)).map((t) => t.root.id);
    expect(shown({})).toEqual([linked.id, free.id]);
    expect(shown({ commitment: 1 })).toEqual([linked.id]);
    expect(shown({ commitment: 'none' })).toEqual([free.id]);
    expect(shown({ tag: 'budget' })).toEqual([linked.id, free.id]);
    expect(shown({ completion: 'limited' })).toEqual([linked.id]);
    expect(shown({ completion: 'complete' })).toEqual([]);
    expect(shown({ author: 'bob' })).toEqual([free.id]);
    expect(shown({ author: 'you' })).toEqual([linked.id, free.id]);
    expect(shown({ support: 'unsupported' })).toEqual([linked.id]);
    expect(shown({ support: 'supported' })).toEqual([]);
    expect(shown({ anchoring: 'orphan' })).toEqual([free.id]);
    expect(shown({ anchoring: 'anchored', tag: 'budget' })).toEqual([linked.id]);
  });

  it('suggests each tag once, whatever its case', () => {
    expect(tagSuggestions([record(0, { tags: ['Budget', 'law'] })], ['budget', 'data'])).toEqual([
      'Budget',
      'data',
      'law',
    ]);
  });

  it('keeps the motivation the schema asks for after an edit', () => {
    const highlight = record(0);
    const assessed = record(0, { assessment: { completion: 'limited' } });
    const assessment = assessed.body.assessment;
    expect(motivationAfterEdit(highlight, { comment: 'now a comment', tags: [] })).toBe('commenting');
    expect(motivationAfterEdit(highlight, { comment: '', tags: ['a'] })).toBe('highlighting');
    expect(motivationAfterEdit(highlight, { comment: '', tags: [], assessment })).toBe('assessing');
    // An assessment edited with an empty comment stays an assessment (the old rule made it "commenting").
    expect(motivationAfterEdit(assessed, { comment: '', tags: [], assessment })).toBe('assessing');
    expect(motivationAfterEdit(assessed, { comment: '', tags: [] })).toBe('commenting');
    const reply = newReply(highlight, 'r', new Date(), uuid());
    expect(motivationAfterEdit(reply, { comment: 'r2', tags: [] })).toBe('replying');
  });
});
