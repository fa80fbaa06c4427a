import { describe, expect, it } from 'vitest';
import { anchorAll, type Anchored, type AnchorResult } from '../../../src/core/anchoring/anchor-all.ts';
import { AnchoringText } from '../../../src/core/anchoring/anchoring-text.ts';
import { describeSpan } from '../../../src/core/anchoring/describe.ts';
import { ShiftMap } from '../../../src/core/anchoring/shift-map.ts';
import type { Selector } from '../../../src/core/model/selectors.ts';

describe('ShiftMap', () => {
  it('interpolates between two neighbours whose shifts agree, as scattered edits make the shift creep', () => {
    const map = new ShiftMap(true);
    map.add(10_000, 10_100);
    map.add(50_000, 50_300);
    // Halfway between a shift of 100 and one of 300, not the nearer neighbour's 100.
    expect(map.expect(20_000)).toEqual([{ at: 20_150, scale: 250 }]);
  });

  it('keeps both sides open when a block was inserted between the neighbours, each carried at its own creep', () => {
    const map = new ShiftMap(true);
    map.add(0, 10);
    map.add(10_000, 10_060);
    // Five thousand characters inserted somewhere between 10,000 and 20,000.
    map.add(20_000, 25_100);
    map.add(30_000, 35_150);
    const [before, after] = map.expect(14_000);
    expect(before?.at).toBe(14_000 + 60 + 20);
    expect(after?.at).toBe(14_000 + 5_100 - 30);
    // Carried four or six thousand characters, each is less sure than an interpolation.
    expect(before?.scale).toBeGreaterThan(250);
    expect(after?.scale).toBeGreaterThan(before?.scale as number);
  });

  it('learns in any order', () => {
    const map = new ShiftMap(true);
    map.add(50_000, 50_300);
    map.add(10_000, 10_100);
    expect(map.expect(30_000)).toEqual([{ at: 30_200, scale: 250 }]);
  });
});

describe('anchorAll with repeated template text', () => {
  const BACKGROUND =
    'Background: the forum asked for this in its last two meetings, and the ministry agreed to set out ' +
    'each step, the people responsible for it and the date by which it will be done, so that anyone can ' +
    'follow the work from the start of the plan to its end and ask about any step that is late.';
  const TEMPLATE = [
    'Verifiable: yes. Relevant to: access to information.',
    'Potential impact: moderate. Values: civic participation.',
    'Status: on time. Completion: limited.',
  ];

  /**
   * More than a thousand sections of a plan, each with a sentence of its own, then the same template lines
   * and background: the template's words, and the context around its middle line, occur too often to say
   * anything about where a passage is.
   */
  function plan(count: number, edit: (n: number, line: string) => string): string {
    return Array.from(
      { length: count },
      (_, n) =>
        `Commitment ${n + 1}. The ministry number ${n + 1} will publish register ${n * 7 + 3} in full. ` +
        `${TEMPLATE[0]} ${edit(n, TEMPLATE[1] as string)} ${TEMPLATE[2]} ${BACKGROUND}\n`,
    ).join('');
  }

  function finish(job: Generator<Anchored[], void, undefined>, count: number): (AnchorResult | null)[] {
    const results: (AnchorResult | null)[] = new Array(count).fill(null);
    for (const batch of job) for (const { index, result } of batch) results[index] = result;
    return results;
  }

  it('places a template line edited in place where its neighbours put it, not on an untouched copy', () => {
    const sections = 1200;
    const before = plan(sections, (_, line) => line);
    const beforeDoc = new AnchoringText(before);
    // Every fortieth section's own sentence, found verbatim once: these show how the text shifted.
    const selectors: Selector[][] = [];
    for (let n = 0; n < sections; n += 40) {
      const q = `will publish register ${n * 7 + 3} in full`;
      const at = before.indexOf(q);
      selectors.push(describeSpan(beforeDoc, { start: at, end: at + q.length }));
    }
    // The middle template line of section 601.
    const quote = TEMPLATE[1] as string;
    const quoteAt = before.indexOf(quote, before.indexOf('Commitment 601.'));
    selectors.push(describeSpan(beforeDoc, { start: quoteAt, end: quoteAt + quote.length }));

    // Republished: every section's first sentence grew by a character, and the annotated line was
    // reworded in place, so that each of its other 1,199 copies agrees with the quote better than it does.
    const after = plan(sections, (n, line) =>
      n === 600 ? line.replace('impact: moderate', 'effect: moderated').replace('civic', 'civil') : line,
    ).replace(/The ministry number/gu, 'The ministry, number');
    const afterDoc = new AnchoringText(after);
    const found = finish(anchorAll(afterDoc, selectors), selectors.length).at(-1);

    expect(found).not.toBeNull();
    expect(found?.span.start).toBeGreaterThan(after.indexOf('Commitment 601.'));
    expect(found?.span.end).toBeLessThan(after.indexOf('Commitment 602.'));
  });

  /**
   * Forty sections, the twenty-first opening with `sentence`, annotated at `quote` and at every section's
   * own sentence; republished with each section grown by a character and `edit` applied. Answers whether
   * every section's own sentence was found, and what became of the quote.
   */
  function republished(
    sentence: string,
    quote: string,
    edit: (text: string) => string,
  ): { neighboursFound: boolean; quoted: AnchorResult | null | undefined } {
    const sections = 40;
    const before = plan(sections, (_, line) => line).replace(
      'Commitment 21. ',
      `Commitment 21. ${sentence} `,
    );
    const beforeDoc = new AnchoringText(before);
    const selectors: Selector[][] = [];
    for (let n = 0; n < sections; n++) {
      const q = `will publish register ${n * 7 + 3} in full`;
      const at = before.indexOf(q);
      selectors.push(describeSpan(beforeDoc, { start: at, end: at + q.length }));
    }
    const quoteAt = before.indexOf(quote);
    selectors.push(describeSpan(beforeDoc, { start: quoteAt, end: quoteAt + quote.length }));
    const after = edit(
      plan(sections, (_, line) => line).replace(/The ministry number/gu, 'The ministry, number'),
    );
    const results = finish(anchorAll(new AnchoringText(after), selectors), selectors.length);
    return { neighboursFound: results.slice(0, sections).every((r) => r !== null), quoted: results.at(-1) };
  }

  it('leaves an orphan, not a look-alike far away in other words, when the annotated passage was deleted', () => {
    // Republished without that sentence; the same words now stand once in a new sentence far away.
    const { neighboursFound, quoted } = republished(
      'Deleted later: the lobbying register opens to the public.',
      'the lobbying register opens',
      (text) =>
        text.replace(
          'Commitment 3. ',
          'Commitment 3. Each week the lobbying register opens again after a holiday. ',
        ),
    );
    expect(neighboursFound).toBe(true);
    expect(quoted).toBeNull();
  });

  it('leaves an orphan, not other words that look alike where it was, when a passage was rewritten', () => {
    // The sentence rewritten in other words, a few of which look like the quote.
    const { neighboursFound, quoted } = republished(
      'In the first year of the plan, the agency will publish the register of lobbyists each month, ' +
        'with every meeting held and every gift declared.',
      'publish the register of lobbyists',
      (text) =>
        text.replace(
          'Commitment 21. ',
          'Commitment 21. Nobody here thinks that to publish the registry of lobbies helps at all, whatever was said. ',
        ),
    );
    expect(neighboursFound).toBe(true);
    expect(quoted).toBeNull();
  });
});
