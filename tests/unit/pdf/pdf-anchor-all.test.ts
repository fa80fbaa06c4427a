import { describe, expect, it } from 'vitest';
import type { Anchored, AnchorResult } from '../../../src/core/anchoring/anchor-all.ts';
import { describePdfSpan } from '../../../src/viewer/pdf-selectors.ts';
import { PdfDocumentText, pageTextOf } from '../../../src/viewer/pdf-document-text.ts';

/** Runs a job to the end, collecting every batch's results by index. */
function finish(job: Generator<Anchored[], void, undefined>, count: number): (AnchorResult | null)[] {
  const results: (AnchorResult | null | undefined)[] = new Array(count).fill(undefined);
  for (const batch of job) for (const { index, result } of batch) results[index] = result;
  expect(results.filter((r) => r === undefined)).toHaveLength(0);
  return results as (AnchorResult | null)[];
}

const TOPICS = ['contracts', 'lobbying', 'ownership', 'hearings', 'waterway', 'judgment'];
/** Every commitment page ends with the same paragraph: the quote below and its context are on each. */
const BOILERPLATE =
  'The forum meets every quarter to review the progress of each milestone listed above. ' +
  'Status: this milestone is pending review by the multi-stakeholder forum. ' +
  'Its minutes are published within two weeks of each meeting on the national portal.';
const STATUS = 'Status: this milestone is pending review by the multi-stakeholder forum.';

/** A plan as pdf.js reads it: one page per commitment, each line a text item. */
function plan(foreword: string | null): PdfDocumentText {
  const pages = TOPICS.map((topic, n) =>
    pageTextOf([
      { str: `Commitment ${n + 1}: the ${topic} office shall publish its ${topic} register.`, hasEOL: true },
      { str: BOILERPLATE, hasEOL: true },
    ]),
  );
  if (foreword !== null) pages.unshift(pageTextOf([{ str: foreword, hasEOL: true }]));
  return new PdfDocumentText(pages);
}

describe('anchoring a republished PDF', () => {
  const before = plan(null);
  // The new edition opens with a foreword about a page long: every page moved by about one page, so the
  // old position of page 4's paragraph now lies next to page 3's copy of it.
  const after = plan(
    'Foreword: this edition adds the results of the public consultation held in spring. ' +
      'Page numbers changed; the commitments are as adopted by the forum in its last meeting, ' +
      'and each carries the status its lead agency reported at the end of the consultation.',
  );
  const at = (doc: PdfDocumentText, from: number, quote: string): number => doc.doc.text.indexOf(quote, from);
  const pageStart = (doc: PdfDocumentText, page: number): number => doc.pageSpans()[page - 1]?.start ?? -1;
  const quotes = TOPICS.map((topic) => `the ${topic} office shall publish its ${topic} register`);
  const targets = [
    ...quotes.map((quote) => {
      const start = at(before, 0, quote);
      return describePdfSpan(before, { start, end: start + quote.length });
    }),
    (() => {
      const start = at(before, pageStart(before, 4), STATUS);
      return describePdfSpan(before, { start, end: start + STATUS.length });
    })(),
  ].map((selectors) => selectors ?? []);
  // In the new edition, commitment 4 is on page 5.
  const truth = [...quotes.map((quote) => at(after, 0, quote)), at(after, pageStart(after, 5), STATUS)];

  it('places the repeated paragraph on its own page by learning from the pages around it', () => {
    expect(targets.every((t) => t.length > 0)).toBe(true);
    const batch = finish(after.anchorAll(targets), targets.length);
    expect(batch.map((r) => r?.span.start)).toEqual(truth);
    expect(batch.map((r) => r && after.pageAt(r.span.start))).toEqual([2, 3, 4, 5, 6, 7, 5]);
  });

  it('misplaces it when each annotation is anchored on its own', () => {
    const alone = targets.map((selectors) => after.anchor(selectors));
    const correct = alone.filter((r, i) => r?.span.start === truth[i]).length;
    // The unique quotes are found either way; the repeated one goes to the copy nearest its old position.
    expect(correct).toBe(targets.length - 1);
    const status = alone[targets.length - 1];
    expect(status && after.pageAt(status.span.start)).not.toBe(5);
    // And the same engine without the learning does the same.
    const unlearned = finish(after.anchorAll(targets, { learnShifts: false }), targets.length);
    expect(unlearned.map((r) => r?.span)).toEqual(alone.map((r) => r?.span));
  });
});
