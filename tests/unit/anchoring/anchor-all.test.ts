import { describe, expect, it } from 'vitest';
import { buildCorpus, trueLocation } from '../../../bench/corpus/plan-corpus.ts';
import { anchorSelectors } from '../../../src/core/anchoring/anchor.ts';
import { anchorAll, type Anchored, type AnchorResult } from '../../../src/core/anchoring/anchor-all.ts';
import { AnchoringText } from '../../../src/core/anchoring/anchoring-text.ts';
import { describeSpan } from '../../../src/core/anchoring/describe.ts';
import { PatternScanner } from '../../../src/core/anchoring/multi-pattern-scan.ts';
import type { Selector } from '../../../src/core/model/selectors.ts';

/** Runs a job to the end, collecting every batch's results by index. */
function finish(job: Generator<Anchored[], void, undefined>, count: number): (AnchorResult | null)[] {
  const results: (AnchorResult | null | undefined)[] = new Array(count).fill(undefined);
  for (const batch of job) for (const { index, result } of batch) results[index] = result;
  expect(results.filter((r) => r === undefined)).toHaveLength(0);
  return results as (AnchorResult | null)[];
}

/** A clock that moves one unit each time it is read, so that slices end after a known amount of work. */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

const corpus = buildCorpus({ seed: 11, size: 60_000, annotations: 120, editRate: 0.025, positionShift: 40 });
const targets = corpus.annotations.map((a) => a.selectors);

describe('anchorAll', () => {
  it('anchors each annotation of a batch exactly as anchorSelectors does alone, when it learns nothing from neighbours', () => {
    const doc = new AnchoringText(corpus.revision.text);
    const batch = finish(anchorAll(doc, targets, { learnShifts: false }), targets.length);
    const single = targets.map((selectors) => anchorSelectors(doc, selectors));
    expect(batch).toEqual(single);
  });

  it('places at least as many annotations on their true passage when it learns from neighbours', () => {
    const doc = new AnchoringText(corpus.revision.text);
    const correct = (results: (AnchorResult | null)[]): number =>
      results.filter((result, i) => {
        const truth = trueLocation(
          corpus.revision,
          corpus.annotations[i] as (typeof corpus.annotations)[number],
        );
        if (!truth || !result) return truth === null && result === null;
        const common = Math.min(result.span.end, truth.end) - Math.max(result.span.start, truth.start);
        return common >= 0.9 * Math.max(result.span.end - result.span.start, truth.end - truth.start);
      }).length;
    const learning = correct(finish(anchorAll(doc, targets), targets.length));
    const alone = correct(finish(anchorAll(doc, targets, { learnShifts: false }), targets.length));
    expect(learning).toBeGreaterThanOrEqual(alone);
    expect(learning / targets.length).toBeGreaterThan(0.9);
  });

  it('gives the same results in many small slices as in one', () => {
    const doc = new AnchoringText(corpus.revision.text);
    const whole = finish(anchorAll(doc, targets), targets.length);
    let batches = 0;
    const sliced = anchorAll(new AnchoringText(corpus.revision.text), targets, {
      sliceMs: 20,
      now: tickingClock(),
    });
    const results: (AnchorResult | null)[] = new Array(targets.length).fill(null);
    for (const batch of sliced) {
      batches++;
      for (const { index, result } of batch) results[index] = result;
    }
    expect(batches).toBeGreaterThan(10);
    expect(results).toEqual(whole);
  });

  it('stops when the caller stops iterating: a stale pass yields nothing more', () => {
    const doc = new AnchoringText(corpus.revision.text);
    const job = anchorAll(doc, targets, { sliceMs: 5, now: tickingClock() });
    const first = job.next();
    expect(first.done).toBe(false);
    expect(job.return()).toEqual({ done: true, value: undefined });
    expect(job.next()).toEqual({ done: true, value: undefined });
  });

  it('follows a section that moved, with small edits inside it', () => {
    const topics = [
      'open contracting',
      'lobbying register',
      'beneficial ownership',
      'budget hearings',
      'water data',
      'court records',
    ];
    const sections = topics.map(
      (topic, n) =>
        `Commitment ${n + 1}: ${topic}. Status: this milestone is pending review by the forum. ` +
        `Objective: the ${topic} office shall publish its ${topic} dataset and report on it each quarter.\n`,
    );
    const text = sections.join('');
    const doc = new AnchoringText(text);
    const quotes = [
      'Objective: the water data office shall publish',
      'Status: this milestone is pending review',
    ];
    const selectors: Selector[][] = quotes.map((q, i) => {
      const at = i === 0 ? text.indexOf(q) : text.indexOf(q, text.indexOf('Commitment 5'));
      return describeSpan(doc, { start: at, end: at + q.length });
    });
    // Edited inside the moved section, around the quote rather than in it.
    const movedSection = (sections[4] as string).replace('each quarter', 'every month');
    const moved = [movedSection, ...sections.slice(0, 4), sections[5]].join('');
    const movedDoc = new AnchoringText(moved);
    const results = finish(anchorAll(movedDoc, selectors), selectors.length);
    const texts = results.map((r) => r && movedDoc.slice(r.span.start, r.span.end));
    expect(texts[0]).toBe('Objective: the water data office shall publish');
    // The boilerplate quote is found in the moved section, where its context is, not in the nearer copies.
    expect(results[1]?.span.start).toBe(moved.indexOf('Status: this milestone is pending review'));
    // Alone, each lands on the same passage; only the score differs, as the batch knows where text moved.
    expect(selectors.map((s) => anchorSelectors(movedDoc, s)?.span)).toEqual(results.map((r) => r?.span));
  });

  it("leaves a template field as an orphan when its block was deleted, not on the next block's copy", () => {
    const agencies = [
      'Treasury',
      'Audit Office',
      'Ministry of Justice',
      'Statistics Bureau',
      'Land Registry',
    ];
    const aims = [
      'Every payment above ten thousand is listed weekly.',
      'Reports reach parliament within ninety days.',
      'Court rulings are searchable by case and date.',
      'Census tables come with their methods attached.',
      'Owners of land and buildings are named online.',
    ];
    const blocks = agencies.map(
      (agency, n) =>
        `Commitment ${n + 1}: ${agency} opens its records.\n${aims[n]}\n` +
        'Verifiable: yes. Potential impact: moderate.\n',
    );
    const text = blocks.join('');
    const doc = new AnchoringText(text);
    // The template field of the third block, and each block's own title, which show how the text moved.
    const field = text.indexOf('Verifiable: yes.', text.indexOf('Ministry of Justice'));
    const spans = [
      { start: field, end: field + 'Verifiable: yes.'.length },
      ...agencies.map((agency) => {
        const at = text.indexOf(`${agency} opens`);
        return { start: at, end: at + agency.length + ' opens its records'.length };
      }),
    ];
    const selectors = spans.map((span) => describeSpan(doc, span));
    const anchorIn = (revised: string): (AnchorResult | null)[] =>
      finish(anchorAll(new AnchoringText(revised), selectors), selectors.length);

    // The third block deleted: the fourth block's field sits where the third's was expected, with the same
    // words after it but none of the annotated one's before it.
    const deleted = [...blocks.slice(0, 2), ...blocks.slice(3)].join('');
    const [gone, ...titles] = anchorIn(deleted);
    expect(gone).toBeNull();
    expect(titles.filter((r) => r !== null)).toHaveLength(4);

    // Kept, the same field is found on its own block, though the words before it changed a little.
    const edited = text.replace('searchable by case', 'searchable by name, case');
    const [kept] = anchorIn(edited);
    expect(kept?.span.start).toBe(edited.indexOf('Verifiable: yes.', edited.indexOf('Ministry of Justice')));
  });

  it('answers bare positions and empty selector lists without searching', () => {
    const doc = new AnchoringText('Commitment 1: open contracting.');
    const results = finish(
      anchorAll(doc, [
        [{ type: 'TextPositionSelector', start: 0, end: 10 }],
        [],
        [{ type: 'TextPositionSelector', start: 0, end: 99 }],
      ]),
      3,
    );
    expect(results).toEqual([{ span: { start: 0, end: 10 }, method: 'position', score: 0.5 }, null, null]);
  });
});

describe('PatternScanner', () => {
  const text = corpus.original;
  const expected = (pattern: string, maxHits: number): number[] => {
    const hits: number[] = [];
    for (
      let at = text.indexOf(pattern);
      at !== -1 && hits.length < maxHits;
      at = text.indexOf(pattern, at + 1)
    )
      hits.push(at);
    return hits;
  };

  it('finds what indexOf finds, for many patterns of every length, in one pass or in slices', () => {
    const patterns = [
      'the',
      'Status: this',
      'Milestone 1',
      ...corpus.annotations.slice(0, 40).map((a) => text.slice(a.start, a.end)),
      '',
      'absent from the text entirely',
    ];
    const whole = new PatternScanner(text, patterns, 50);
    expect(whole.run(Infinity, () => 0)).toBe(true);
    const sliced = new PatternScanner(text, patterns, 50);
    const clock = tickingClock();
    let slices = 1;
    while (!sliced.run(clock() + 3, clock)) slices++;
    expect(slices).toBeGreaterThan(5);
    patterns.forEach((pattern, i) => {
      const want = pattern ? expected(pattern, 50) : [];
      expect(Array.from(whole.hits[i]?.values() ?? [])).toEqual(want);
      expect(Array.from(sliced.hits[i]?.values() ?? [])).toEqual(want);
    });
  });

  it('finds a few patterns one indexOf each, with the same answers', () => {
    const patterns = ['pending review', 'Commitment 2:'];
    const scanner = new PatternScanner(text, patterns, 10);
    scanner.run(Infinity, () => 0);
    expect(scanner.hits.map((h) => Array.from(h.values()))).toEqual(patterns.map((p) => expected(p, 10)));
  });
});
