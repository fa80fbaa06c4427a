import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/anchoring/anchor.ts';
import { anchorAll } from '../../../src/core/anchoring/anchor-all.ts';
import { AnchoringText } from '../../../src/core/anchoring/anchoring-text.ts';
import { describeSpan } from '../../../src/core/anchoring/describe.ts';
import type { TextSpan } from '../../../src/core/anchoring/span.ts';
import type { Selector } from '../../../src/core/model/selectors.ts';
import { must } from '../../support/must.ts';

/** The value, failing the test where it is missing. */

/** Selectors for the first occurrence of `quote` in `text` (or the `nth`). */
function selectorsFor(text: string, quote: string, nth = 0): Selector[] {
  const doc = new AnchoringText(text);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`"${quote}" is not in the text`);
  return describeSpan(doc, { start: doc.toCodePoint(at), end: doc.toCodePoint(at + quote.length) });
}

function anchoredText(text: string, selectors: Selector[]): string | null {
  const doc = new AnchoringText(text);
  const result = anchorSelectors(doc, selectors);
  return result && doc.slice(result.span.start, result.span.end);
}

const PLAN = [
  'Commitment 1: Open contracting. Lead implementing agency: Ministry of Finance.',
  'Objective: publish every public contract above 10,000 euros in the Open Contracting Data Standard.',
  'Milestone 1.1: adopt a regulation on contract publication (June 2025).',
  'Commitment 2: Beneficial ownership register. Lead implementing agency: Ministry of Justice.',
  'Objective: make the register of the real owners of companies free to search for every citizen.',
  'Milestone 2.1: connect the register to the procurement portal (December 2025).',
  'Commitment 3: Participatory budgeting. Lead implementing agency: Municipal Council.',
  'Objective: let residents propose and vote on five percent of the capital budget every year.',
].join('\n');

describe('anchorSelectors', () => {
  it('takes the stored position when the quote is still there', () => {
    const selectors = selectorsFor(PLAN, 'Beneficial ownership register');
    const result = anchorSelectors(new AnchoringText(PLAN), selectors);
    expect(result).toMatchObject({ method: 'position', score: 1 });
    expect(anchoredText(PLAN, selectors)).toBe('Beneficial ownership register');
  });

  it('finds a moved quote verbatim', () => {
    const selectors = selectorsFor(PLAN, 'free to search for every citizen');
    const edited = `Foreword added in the second edition of the plan.\n${PLAN}`;
    const doc = new AnchoringText(edited);
    const result = anchorSelectors(doc, selectors);
    expect(result?.method).toBe('exact');
    expect(result && doc.slice(result.span.start, result.span.end)).toBe('free to search for every citizen');
  });

  describe('repeated boilerplate', () => {
    const boilerplate = 'Status: this milestone is pending review by the multi-stakeholder forum.';
    const text = [
      'Commitment 1: Open contracting.',
      boilerplate,
      'Commitment 2: Beneficial ownership.',
      boilerplate,
      'Commitment 3: Participatory budgeting.',
      boilerplate,
    ].join('\n');
    const secondStart = text.indexOf(boilerplate, text.indexOf(boilerplate) + 1);

    it('uses prefix and suffix to choose the right copy when positions are off', () => {
      const selectors = selectorsFor(text, boilerplate, 1);
      const shifted = `Preface: a long introduction that moves everything along.\n${text}`;
      const shiftedStart = secondStart + 'Preface: a long introduction that moves everything along.\n'.length;
      const result = anchorSelectors(new AnchoringText(shifted), selectors);
      expect(result?.span).toEqual({ start: shiftedStart, end: shiftedStart + boilerplate.length });
    });

    it('uses prefix and suffix alone when there is no position', () => {
      const [quote] = selectorsFor(text, boilerplate, 2);
      const result = anchorSelectors(new AnchoringText(text), quote ? [quote] : []);
      const thirdStart = text.lastIndexOf(boilerplate);
      expect(result?.span).toEqual({ start: thirdStart, end: thirdStart + boilerplate.length });
    });

    it('prefers an edited copy in the right context over a verbatim copy in the wrong one', () => {
      const selectors = selectorsFor(text, boilerplate, 1);
      const editedCopy = boilerplate.replace('pending review', 'pending a review');
      const parts = text.split(boilerplate);
      const edited = `${parts[0]}${boilerplate}${parts[1]}${editedCopy}${parts[2]}${boilerplate}${parts[3]}`;
      const doc = new AnchoringText(edited);
      const result = anchorSelectors(doc, selectors);
      expect(result?.method).toBe('fuzzy');
      expect(result?.span.start).toBe(edited.indexOf(editedCopy));
      expect(result && doc.slice(result.span.start, result.span.end)).toBe(editedCopy);
    });
  });

  describe('characters outside the BMP', () => {
    const text = '🇪🇺 Plan 🌍: commitments 🎯 on climate 🌱 data and 📊 open budgets for every region.';

    it('counts positions in code points with emoji before the quote', () => {
      const doc = new AnchoringText(text);
      const [quote, position] = selectorsFor(text, 'climate');
      expect(position).toMatchObject({
        type: 'TextPositionSelector',
        start: [...must(text.split('climate')[0])].length,
      });
      expect(anchorSelectors(doc, [must(quote), must(position)])).toMatchObject({ method: 'position' });
    });

    it('anchors a quote holding emoji after text was inserted before it', () => {
      const selectors = selectorsFor(text, 'climate 🌱 data and 📊 open');
      const edited = `🚀🚀 New: ${text}`;
      const doc = new AnchoringText(edited);
      const result = anchorSelectors(doc, selectors);
      expect(result?.method).toBe('exact');
      expect(result?.span.start).toBe([...edited.slice(0, edited.indexOf('climate'))].length);
      expect(result && doc.slice(result.span.start, result.span.end)).toBe('climate 🌱 data and 📊 open');
    });

    it('anchors an edited quote holding emoji with code-point offsets', () => {
      const selectors = selectorsFor(text, 'commitments 🎯 on climate 🌱 data');
      const edited = text.replace('commitments 🎯 on climate', 'commitment 🎯 on the climate');
      const doc = new AnchoringText(edited);
      const result = anchorSelectors(doc, selectors);
      expect(result?.method).toBe('fuzzy');
      expect(result && doc.slice(result.span.start, result.span.end)).toBe(
        'commitment 🎯 on the climate 🌱 data',
      );
    });
  });

  it('anchors across whitespace changes: collapsed spaces, newlines for spaces, indentation', () => {
    const quote = 'make the register of the real owners of companies free to search';
    const selectors = selectorsFor(PLAN, quote);
    const reflowed = PLAN.replace(
      'make the register of the real owners',
      'make  the\n      register of the   real\nowners',
    ).replace('companies free', 'companies\tfree');
    const doc = new AnchoringText(reflowed);
    const result = anchorSelectors(doc, selectors);
    const { span, score } = must(result);
    expect(score).toBeGreaterThan(0.9);
    expect(doc.slice(span.start, span.end).replace(/\s+/g, ' ')).toBe(quote);
  });

  it('anchors a quote that spaces were removed from', () => {
    const selectors = selectorsFor(PLAN, 'Milestone 2.1: connect the register');
    const edited = PLAN.replace('Milestone 2.1: connect', 'Milestone 2.1:connect');
    expect(anchoredText(edited, selectors)).toBe('Milestone 2.1:connect the register');
  });

  it('anchors a quote at the very start and at the very end of the document', () => {
    const first = 'Commitment 1: Open contracting.';
    const last = 'five percent of the capital budget every year.';
    expect(anchoredText(PLAN, selectorsFor(PLAN, first))).toBe(first);
    expect(anchoredText(PLAN, selectorsFor(PLAN, last))).toBe(last);
    const moved = `Draft\n${PLAN}`;
    expect(anchoredText(moved, selectorsFor(PLAN, first))).toBe(first);
    const edited = PLAN.replace('every year.', 'every years.');
    // "year." against "years." is one error whichever way it is aligned; any of them will do.
    expect(anchoredText(edited, selectorsFor(PLAN, last))).toMatch(
      /^five percent of the capital budget every year/,
    );
  });

  it('finds an edited passage with fuzzy matching', () => {
    const quote = 'publish every public contract above 10,000 euros in the Open Contracting Data Standard';
    const selectors = selectorsFor(PLAN, quote);
    const edited = PLAN.replace(
      quote,
      'publish each public contract above 15,000 euros in the Open Contracting Data Standard (OCDS)',
    ).replace('Objective:', 'Goal:');
    const doc = new AnchoringText(edited);
    const result = anchorSelectors(doc, selectors);
    const { method, span, score } = must(result);
    expect(method).toBe('fuzzy');
    expect(score).toBeGreaterThan(0.5);
    expect(score).toBeLessThan(1);
    expect(doc.slice(span.start, span.end)).toMatch(
      /^publish each public contract above 15,000 euros in the Open Contracting Data Standard/,
    );
  });

  it('returns null when the passage was deleted, rather than landing elsewhere', () => {
    const quote = 'make the register of the real owners of companies free to search for every citizen';
    const selectors = selectorsFor(PLAN, quote);
    const deleted = PLAN.split('\n')
      .filter((line) => !line.includes('real owners'))
      .join('\n');
    expect(anchorSelectors(new AnchoringText(deleted), selectors)).toBeNull();
  });

  it('returns null when the passage was rewritten beyond recognition', () => {
    const selectors = selectorsFor(
      PLAN,
      'let residents propose and vote on five percent of the capital budget',
    );
    const rewritten = PLAN.replace(
      'let residents propose and vote on five percent of the capital budget',
      'hold two public hearings on the annual municipal spending priorities',
    );
    expect(anchorSelectors(new AnchoringText(rewritten), selectors)).toBeNull();
  });

  it('returns null in an empty document', () => {
    const selectors = selectorsFor(PLAN, 'Open contracting');
    expect(anchorSelectors(new AnchoringText(''), selectors)).toBeNull();
    expect(
      anchorSelectors(new AnchoringText(''), [{ type: 'TextPositionSelector', start: 0, end: 3 }]),
    ).toBeNull();
  });

  it('accepts a bare position within bounds, without claiming certainty', () => {
    const doc = new AnchoringText(PLAN);
    const result = anchorSelectors(doc, [{ type: 'TextPositionSelector', start: 14, end: 30 }]);
    expect(result).toMatchObject({ span: { start: 14, end: 30 }, method: 'position' });
    expect(must(result).score).toBeLessThan(1);
    expect(
      anchorSelectors(doc, [{ type: 'TextPositionSelector', start: 14, end: PLAN.length + 1 }]),
    ).toBeNull();
  });

  it('returns null for no selectors', () => {
    expect(anchorSelectors(new AnchoringText(PLAN), [])).toBeNull();
  });

  it('stays correct in a 2 MB document', () => {
    const filler = 'The ministry shall report on progress to the forum each quarter. ';
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 1_000_000; i++) {
      parts.push(`${filler}[${i}] `);
      length += must(parts.at(-1)).length;
    }
    const before = parts.join('');
    const quote = 'Commitment 12: publish lobbying meetings of every minister within ten days';
    const text = `${before}${quote}. ${before}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const selectors = selectorsFor(text, quote);
    const start = text.indexOf(quote);
    const span: TextSpan = { start, end: start + quote.length };

    const shifted = `Inserted preface. ${text}`;
    const edited = shifted.replace('every minister within ten', 'every minister and deputy within ten');

    const moved = anchorSelectors(new AnchoringText(shifted), selectors);
    const fuzzy = anchorSelectors(new AnchoringText(edited), selectors);
    const orphan = anchorSelectors(new AnchoringText(`${before}${before}`), selectors);

    expect(moved?.span).toEqual({ start: span.start + 18, end: span.end + 18 });
    expect(fuzzy?.method).toBe('fuzzy');
    expect(fuzzy?.span.start).toBe(span.start + 18);
    expect(orphan).toBeNull();
  });
});

describe('a note on the whole document (no selectors)', () => {
  it('anchors nowhere, without failing, alone and among passages', () => {
    const doc = new AnchoringText(PLAN);
    expect(anchorSelectors(doc, [])).toBeNull();
    const passage = selectorsFor(PLAN, 'Beneficial ownership register');
    const results: (string | null)[] = [];
    for (const batch of anchorAll(doc, [[], passage, []])) {
      for (const { index, result } of batch) {
        results[index] = result && doc.slice(result.span.start, result.span.end);
      }
    }
    expect(results).toEqual([null, 'Beneficial ownership register', null]);
  });
});
