/**
 * Re-anchoring many annotations on a long, republished plan: this project's batch engine against the
 * Hypothesis strategy (indexOf, else approx-string-match over the whole text, scored 50/20/20/2),
 * diff-match-patch's match_main, and an indexOf floor, all on the same deterministic corpus.
 */
import search from 'approx-string-match';
import DiffMatchPatch from 'diff-match-patch';
import { anchorAll } from '../src/core/anchoring/anchor-all.ts';
import { AnchoringText } from '../src/core/anchoring/anchoring-text.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../src/core/model/selectors.ts';
import { buildCorpus, trueLocation, type CorpusAnnotation, type Revision } from './corpus/plan-corpus.ts';
import { buildVariantCorpus, VARIANTS } from './corpus/variant-corpus.ts';

interface Span {
  start: number;
  end: number;
}

/** Anchors annotations; null for an orphan. */
type Strategy = (text: string, annotations: readonly CorpusAnnotation[]) => (Span | null)[];

interface Outcome {
  msPerAnnotation: number;
  correct: number;
  wrong: number;
  orphans: number;
  total: number;
  note: string;
}

/** Measured on every annotation unless the peer is too slow to finish the bench in about two minutes. */
interface Peer {
  name: string;
  strategy: Strategy;
  subset?: number;
}

const OVERLAP = 0.9;

function quoteOf(a: CorpusAnnotation): TextQuoteSelector {
  return a.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector') as TextQuoteSelector;
}

function positionOf(a: CorpusAnnotation): TextPositionSelector {
  return a.selectors.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  ) as TextPositionSelector;
}

// ---- this project ----------------------------------------------------------------------------------

/** The median of `runs` timings of `work`, in ms. */
function medianOf(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    work();
    times.push(performance.now() - began);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

let longestSliceMs = 0;

/**
 * In 8 ms slices, as the annotator runs it, so the slicing's cost is in the number. The engine reports
 * code points; they are turned back into UTF-16 offsets, which the corpora's truth and the peers use.
 */
const engine: Strategy = (text, annotations) => {
  const doc = new AnchoringText(text);
  const found: (Span | null)[] = annotations.map(() => null);
  const utf16 = (span: Span | null): Span | null =>
    span && { start: doc.toUtf16(span.start), end: doc.toUtf16(span.end) };
  const job = anchorAll(
    doc,
    annotations.map((a) => a.selectors),
    { sliceMs: 8 },
  );
  for (
    let began = performance.now(), step = job.next();
    !step.done;
    began = performance.now(), step = job.next()
  ) {
    longestSliceMs = Math.max(longestSliceMs, performance.now() - began);
    for (const { index, result } of step.value) found[index] = utf16(result && result.span);
  }
  return found;
};

// ---- the Hypothesis strategy (client/src/annotator/anchoring/match-quote.ts), re-implemented -------------

interface Match {
  start: number;
  end: number;
  errors: number;
}

function hypothesisSearch(text: string, str: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) {
    exact.push({ start: at, end: at + str.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = hypothesisSearch(text, str, str.length);
  return 1 - (matches[0] as Match).errors / str.length;
}

const hypothesis: Strategy = (text, annotations) =>
  annotations.map((a) => {
    const { exact, prefix = '', suffix = '' } = quoteOf(a);
    const hint = positionOf(a).start;
    const maxErrors = Math.min(256, exact.length / 2);
    const matches = hypothesisSearch(text, exact, maxErrors);
    let best: Span | null = null;
    let bestScore = -Infinity;
    for (const m of matches) {
      const quoteScore = 1 - m.errors / exact.length;
      const prefixScore = prefix
        ? textMatchScore(prefix, text.slice(Math.max(0, m.start - prefix.length), m.start))
        : 1;
      const suffixScore = suffix ? textMatchScore(suffix, text.slice(m.end, m.end + suffix.length)) : 1;
      const posScore = 1 - Math.abs(m.start - hint) / text.length;
      const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
      if (score > bestScore) {
        bestScore = score;
        best = { start: m.start, end: m.end };
      }
    }
    return best;
  });

// ---- diff-match-patch ---------------------------------------------------------------------------------

/**
 * Bitap patterns are at most Match_MaxBits (32) characters, so, as dom-text-matcher-era tools did, the
 * first 32 characters of the quote are matched near the stored position and the match is extended by the
 * quote's length. Match_Distance is widened from 1,000 to 100,000 so that a 32-character prefix moved by
 * a whole section can still be found; Match_Threshold stays at its default, 0.5.
 */
const diffMatchPatch: Strategy = (text, annotations) => {
  const dmp = new DiffMatchPatch();
  dmp.Match_Distance = 100_000;
  return annotations.map((a) => {
    const { exact } = quoteOf(a);
    const at = dmp.match_main(text, exact.slice(0, dmp.Match_MaxBits), positionOf(a).start);
    return at === -1 ? null : { start: at, end: Math.min(text.length, at + exact.length) };
  });
};

// ---- the floor ------------------------------------------------------------------------------------------

/** The first verbatim occurrence, whatever its context: the least any anchoring can do. */
const indexOfFloor: Strategy = (text, annotations) =>
  annotations.map((a) => {
    const { exact } = quoteOf(a);
    const at = text.indexOf(exact);
    return at === -1 ? null : { start: at, end: at + exact.length };
  });

// ---- measuring ----------------------------------------------------------------------------------------

/** Overlap as a share of the longer of the two ranges, so that both too short and too long count. */
function overlapShare(a: Span, b: Span): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return Math.max(0, common) / Math.max(a.end - a.start, b.end - b.start);
}

function measure(
  strategy: Strategy,
  text: string,
  truth: (a: CorpusAnnotation) => Span | null,
  annotations: readonly CorpusAnnotation[],
  note: string,
  repeats: number,
): Outcome {
  // Warm the JIT on a few annotations, so that the first peer measured is not the only one paying for it.
  strategy(text, annotations.slice(0, 5));
  // The fast strategies are timed several times and the median kept, so one garbage-collection pause
  // does not decide a ratio; the slow peers run once.
  const times: number[] = [];
  let found: (Span | null)[] = [];
  for (let run = 0; run < repeats; run++) {
    const began = performance.now();
    found = strategy(text, annotations);
    times.push(performance.now() - began);
  }
  const elapsed = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
  let correct = 0;
  let wrong = 0;
  let orphans = 0;
  found.forEach((span, i) => {
    const expected = truth(annotations[i] as CorpusAnnotation);
    if (span === null) {
      if (expected === null) correct++;
      else orphans++;
    } else if (expected !== null && overlapShare(span, expected) >= OVERLAP) correct++;
    else wrong++;
  });
  return {
    msPerAnnotation: elapsed / annotations.length,
    correct,
    wrong,
    orphans,
    total: annotations.length,
    note,
  };
}

/** Every `step`-th annotation: a deterministic subset spread over the whole document. */
function spread(annotations: readonly CorpusAnnotation[], count: number): CorpusAnnotation[] {
  const step = annotations.length / count;
  return Array.from({ length: count }, (_, i) => annotations[Math.floor(i * step)] as CorpusAnnotation);
}

function row(name: string, o: Outcome, ours: Outcome | null): string {
  const accuracy = ((100 * o.correct) / o.total).toFixed(1);
  const ratio = ours && ours !== o ? `${(o.msPerAnnotation / ours.msPerAnnotation).toFixed(1)}x` : '';
  return [
    name.padEnd(22),
    o.msPerAnnotation.toFixed(3).padStart(9),
    `${accuracy}%`.padStart(8),
    String(o.wrong).padStart(6),
    String(o.orphans).padStart(8),
    ratio.padStart(10),
    `  ${o.note}`,
  ].join(' ');
}

function table(title: string, results: [string, Outcome][]): void {
  const ours = results[0]?.[1] ?? null;
  console.log(`\n${title}`);
  console.log(
    `${'strategy'.padEnd(22)} ${'ms/annot'.padStart(9)} ${'accuracy'.padStart(8)} ${'wrong'.padStart(6)} ${'orphans'.padStart(8)} ${'peer/ours'.padStart(10)}`,
  );
  for (const [name, outcome] of results) console.log(row(name, outcome, ours));
}

function scenario(
  title: string,
  text: string,
  truth: (a: CorpusAnnotation) => Span | null,
  annotations: readonly CorpusAnnotation[],
  peers: readonly Peer[],
  fullRepeats = 3,
): Map<string, Outcome> {
  const results: [string, Outcome][] = [];
  for (const peer of peers) {
    const subset =
      peer.subset && peer.subset < annotations.length ? spread(annotations, peer.subset) : annotations;
    const note =
      subset === annotations ? `all ${subset.length}` : `timed on ${subset.length} of ${annotations.length}`;
    const repeats = subset === annotations ? fullRepeats : 1;
    results.push([
      peer.name,
      measure(
        peer.strategy,
        text,
        truth,
        subset,
        `${note}${repeats > 1 ? `, median of ${repeats}` : ''}`,
        repeats,
      ),
    ]);
  }
  table(title, results);
  return new Map(results);
}

function goal(met: boolean, text: string): void {
  console.log(`${met ? 'PASS' : 'MISS'}  ${text}`);
}

export async function run(): Promise<void> {
  const seed = 20_260_101;
  const began = performance.now();
  const corpus = buildCorpus({
    seed,
    size: 1_000_000,
    annotations: 1000,
    editRate: 0.025,
    positionShift: 500,
  });
  const big = buildCorpus({
    seed: seed + 1,
    size: 5_000_000,
    annotations: 100,
    editRate: 0.025,
    positionShift: 500,
  });
  console.log(
    `corpus: ${(corpus.original.length / 1e6).toFixed(2)} MB, ${corpus.annotations.length} annotations (quotes 20-400 chars, ` +
      `32-char context), revision with ${(corpus.editedFraction * 100).toFixed(1)}% of characters edited, ` +
      'a block inserted near the start, one deleted, a section moved; stored positions stale by 500',
  );
  const unchanged = (a: CorpusAnnotation): Span => ({ start: a.start, end: a.end });
  const truthIn =
    (revision: Revision) =>
    (a: CorpusAnnotation): Span | null =>
      trueLocation(revision, a);

  const peers: Peer[] = [
    { name: 'plan-annotator', strategy: engine },
    // Subsets spread evenly over the document keep the whole bench to about four minutes; each table
    // prints how many annotations a peer was timed on.
    { name: 'hypothesis (approx)', strategy: hypothesis, subset: 100 },
    // The slowest peer, and not the one the goals are set against: a smaller subset still.
    { name: 'diff-match-patch', strategy: diffMatchPatch, subset: 30 },
    { name: 'indexOf floor', strategy: indexOfFloor },
  ];
  const same = scenario(
    '1 MB, text unchanged, stale positions',
    corpus.original,
    unchanged,
    corpus.annotations,
    peers,
  );
  longestSliceMs = 0;
  const edited = scenario(
    '1 MB, edited text',
    corpus.revision.text,
    truthIn(corpus.revision),
    corpus.annotations,
    peers,
  );
  const editedSlice = longestSliceMs;
  const bigPeers = peers.map((p) =>
    p.subset ? { ...p, subset: p.strategy === diffMatchPatch ? 6 : 20 } : p,
  );
  const scaled = scenario(
    '5 MB, edited text, 100 annotations',
    big.revision.text,
    truthIn(big.revision),
    big.annotations,
    bigPeers,
  );
  const sameHundred = measure(
    engine,
    corpus.revision.text,
    truthIn(corpus.revision),
    corpus.annotations.slice(0, 100),
    '',
    3,
  );

  const ours = edited.get('plan-annotator') as Outcome;
  const hyp = edited.get('hypothesis (approx)') as Outcome;
  const hypWrongRate = hyp.wrong / hyp.total;
  const speedup = hyp.msPerAnnotation / ours.msPerAnnotation;
  const accuracy = ours.correct / ours.total;
  const floorRatio =
    (same.get('plan-annotator') as Outcome).msPerAnnotation /
    (same.get('indexOf floor') as Outcome).msPerAnnotation;
  const scale =
    ((scaled.get('plan-annotator') as Outcome).msPerAnnotation * 100) / (sameHundred.msPerAnnotation * 100);
  // The page's longest task while anchoring, as a budget against a floor of this run and machine: the
  // 8 ms asked for plus one pass over every character of the text in JavaScript (what any scan of it
  // costs at least), timed here. The e2e test of a long page only checks that the thread is handed
  // back between slices; how long a slice takes is judged here.
  const text = corpus.revision.text;
  const scanFloor = medianOf(9, () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  });
  const sliceFloor = 8 + scanFloor;
  console.log(
    `\nlongest slice of the engine on the edited text: ${editedSlice.toFixed(1)} ms (asked for 8 ms; ` +
      `one pass over the text ${scanFloor.toFixed(2)} ms)`,
  );
  console.log(`5 MB / 1 MB time for the same 100-annotation workload: ${scale.toFixed(2)} (linear is 5.00)`);
  goal(
    speedup >= 10,
    `edited text: ${speedup.toFixed(1)}x faster than the Hypothesis strategy (goal >= 10x)`,
  );
  goal(accuracy >= 0.97, `edited text: accuracy ${(accuracy * 100).toFixed(1)}% (goal >= 97%)`);
  goal(
    ours.wrong / ours.total < hypWrongRate,
    `edited text: ${((100 * ours.wrong) / ours.total).toFixed(1)}% wrong placements vs ${(100 * hypWrongRate).toFixed(1)}% for Hypothesis`,
  );
  goal(
    floorRatio <= 2,
    `unchanged text, stale positions: ${floorRatio.toFixed(2)}x the indexOf floor (goal <= 2x)`,
  );
  goal(
    editedSlice <= 2 * sliceFloor,
    `longest slice: ${(editedSlice / sliceFloor).toFixed(2)}x the floor of 8 ms plus one scan of the text (goal <= 2x)`,
  );
  goal(
    scale <= 5 * 1.2,
    `5 MB scales ${scale <= 5 ? 'sub-linearly' : 'about linearly'} (goal: no worse than linear, 20% noise allowed)`,
  );
  variants();
  console.log(`bench took ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

/**
 * The sizes variants are built at, and how many annotations each carries. The Hypothesis peer runs on
 * every one of them, so that "fewer wrong placements" compares the same passages: on a subset of 8 or 40
 * it often had none wrong by chance while ours were counted over all.
 */
const VARIANT_SIZES = [
  { label: '200 KB', size: 200_000, annotations: 300 },
  { label: '1 MB', size: 1_000_000, annotations: 1000 },
  { label: '5 MB', size: 5_000_000, annotations: 100 },
] as const;
/**
 * Every variant runs at 200 KB; then, to keep the bench to about four minutes (generating a 5 MB variant
 * alone takes over ten seconds), these variants run at 5 MB, the ones that have missed a goal at that
 * size, and the others at 1 MB.
 */
const LARGE_VARIANTS: ReadonlySet<string> = new Set(['es-plan', 'pt-boilerplate', 'legal']);

function sizesOf(name: string): (typeof VARIANT_SIZES)[number][] {
  const [small, medium, large] = VARIANT_SIZES;
  return [small, LARGE_VARIANTS.has(name) ? large : medium];
}

/**
 * Corpora generated differently from the one above (bench/corpus/variant-corpus.ts), each reported on
 * its own, so that the engine is not judged only on the text it was developed against. The goal on each:
 * at least 10x faster than the Hypothesis strategy, at least 97% right, and fewer wrong placements than it
 * (or none).
 */
function variants(): void {
  console.log(
    `\nVariant corpora: quotes of whole words (30% of 2-3 words, 45% of 4-25, 25% of 26-90), stored with ` +
      `describeSpan (32 code points of context, code-point positions on the original); the Hypothesis ` +
      `strategy runs on the same annotations (${VARIANT_SIZES.map((s) => `${s.annotations} at ${s.label}`).join(', ')}). ` +
      `Every variant at 200 KB; ${[...LARGE_VARIANTS].join(', ')} at 5 MB, the others at 1 MB.`,
  );
  const peers: Peer[] = [
    { name: 'plan-annotator', strategy: engine },
    { name: 'hypothesis (approx)', strategy: hypothesis },
  ];
  let met = 0;
  let total = 0;
  for (const [v, variant] of VARIANTS.entries()) {
    console.log(`\n--- ${variant.name}: ${variant.summary}`);
    for (const size of sizesOf(variant.name)) {
      // The seed of a size is the same whichever sizes run, so a corpus does not change with the choice.
      const s = VARIANT_SIZES.indexOf(size);
      const corpus = buildVariantCorpus(variant, {
        seed: 20_261_207 + 100 * v + s,
        size: size.size,
        annotations: size.annotations,
      });
      const verbatim = corpus.annotations.filter((a) =>
        corpus.revision.text.includes(quoteOf(a).exact),
      ).length;
      const results = scenario(
        `${variant.name}, ${size.label} (${(corpus.revision.text.length / 1e6).toFixed(2)} MB), ` +
          `${size.annotations} annotations, ${((100 * verbatim) / size.annotations).toFixed(0)}% of quotes ` +
          `still verbatim, ${(100 * corpus.lostFraction).toFixed(1)}% of characters edited or deleted`,
        corpus.revision.text,
        (a) => trueLocation(corpus.revision, a),
        corpus.annotations,
        peers,
        // A run on a megabyte or more lasts seconds, long enough that one pause does not decide it.
        size.size < 1_000_000 ? 3 : 1,
      );
      const ours = results.get('plan-annotator') as Outcome;
      const hyp = results.get('hypothesis (approx)') as Outcome;
      const speedup = hyp.msPerAnnotation / ours.msPerAnnotation;
      const right = ours.correct / ours.total;
      const wrong = ours.wrong / ours.total;
      const hypWrong = hyp.wrong / hyp.total;
      const pass = speedup >= 10 && right >= 0.97 && (wrong < hypWrong || ours.wrong === 0);
      total++;
      if (pass) met++;
      goal(
        pass,
        `${variant.name} ${size.label}: ${speedup.toFixed(1)}x faster than Hypothesis (>= 10x), ` +
          `${(100 * right).toFixed(1)}% right (>= 97%), ${(100 * wrong).toFixed(1)}% wrong vs ` +
          `${(100 * hypWrong).toFixed(1)}% for Hypothesis (fewer, or none)`,
      );
    }
  }
  console.log(`\nvariant scenarios meeting the goal: ${met} of ${total}`);
}
