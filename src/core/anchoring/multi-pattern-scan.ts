/** Odd multiplier of the rolling hash; arithmetic is modulo 2^32. */
const BASE = 0x01000193;
/**
 * Lengths of the leading k-grams that fingerprint patterns; a pattern uses the longest that fits. One
 * length serves every quote of 16 characters or more, so the exact pass keeps one rolling hash.
 */
const GRAM_LENGTHS = [16, 8, 4] as const;
/** Bits in each k-gram length's membership filter, which rejects most text positions with one lookup. */
const FILTER_BITS = 1 << 20;
/** So few patterns are cheaper to find one `indexOf` scan each, which gives the same hits. */
const FEW_PATTERNS = 4;
/** Characters examined between two looks at the clock. */
const CHUNK = 256;

/**
 * A growing list of offsets kept in a typed array: boilerplate quoted a few hundred times has thousands of
 * hits, and numbers in ordinary arrays are copied by every young-generation collection they survive,
 * pauses long enough to break a page's frame budget.
 */
export class Positions {
  #data = new Int32Array(4);
  length = 0;

  push(value: number): void {
    if (this.length === this.#data.length) {
      const grown = new Int32Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    this.#data[this.length++] = value;
  }

  /** A view of the offsets held, not a copy. */
  values(): Int32Array {
    return this.#data.subarray(0, this.length);
  }
}

interface Gram {
  length: number;
  /** BASE^length, to take the character leaving the window out of the hash. */
  power: number;
  hash: number;
  filter: Uint32Array;
  patternsByHash: Map<number, number[]>;
}

/**
 * Every occurrence of many patterns in one text, in one pass: a rolling hash of the text's k-grams is
 * checked against the fingerprints (hash of the leading k-gram) of all patterns at once, and a position
 * whose fingerprint is known is verified with `startsWith`. The pass is resumable, so a megabyte of text
 * can be scanned in slices. `hits[i]` lists where `patterns[i]` starts, ascending, at most `maxHits`.
 */
export class PatternScanner {
  readonly hits: Positions[];
  readonly #text: string;
  readonly #patterns: readonly string[];
  readonly #maxHits: number;
  readonly #grams: Gram[] = [];
  /** Patterns found with `indexOf`: too short for a k-gram, or too few to be worth a pass. */
  readonly #searchedOneByOne: number[] = [];
  #nextOneByOne = 0;
  #at = 0;

  constructor(text: string, patterns: readonly string[], maxHits: number) {
    this.#text = text;
    this.#patterns = patterns;
    this.#maxHits = maxHits;
    // Equal patterns (the same boilerplate quoted twice) share one hit list and are verified once.
    const first = new Map<string, number>();
    const hits: Positions[] = [];
    this.hits = patterns.map((pattern, id) => {
      const seen = first.get(pattern);
      if (seen !== undefined) return hits[seen] as Positions;
      first.set(pattern, id);
      return (hits[id] = new Positions());
    });
    const distinct = [...first.values()].filter((id) => (patterns[id] as string).length > 0);
    const few = distinct.length <= FEW_PATTERNS;
    distinct.forEach((id) => {
      const pattern = patterns[id] as string;
      const length = few ? undefined : GRAM_LENGTHS.find((k) => k <= pattern.length);
      if (length === undefined) {
        this.#searchedOneByOne.push(id);
        return;
      }
      let gram = this.#grams.find((g) => g.length === length);
      if (!gram) {
        let power = 1;
        for (let i = 0; i < length; i++) power = Math.imul(power, BASE);
        gram = {
          length,
          power,
          hash: 0,
          filter: new Uint32Array(FILTER_BITS >>> 5),
          patternsByHash: new Map(),
        };
        this.#grams.push(gram);
      }
      let hash = 0;
      for (let i = 0; i < length; i++) hash = (Math.imul(hash, BASE) + pattern.charCodeAt(i)) | 0;
      const bit = hash & (FILTER_BITS - 1);
      gram.filter[bit >>> 5] = (gram.filter[bit >>> 5] as number) | (1 << (bit & 31));
      const sharing = gram.patternsByHash.get(hash);
      if (sharing) sharing.push(id);
      else gram.patternsByHash.set(hash, [id]);
    });
  }

  /** Works until the clock passes `deadline`; true once the whole text has been scanned. */
  run(deadline: number, now: () => number): boolean {
    const text = this.#text;
    while (this.#nextOneByOne < this.#searchedOneByOne.length) {
      const id = this.#searchedOneByOne[this.#nextOneByOne++] as number;
      const pattern = this.#patterns[id] as string;
      const hits = this.hits[id] as Positions;
      for (
        let at = text.indexOf(pattern);
        at !== -1 && hits.length < this.#maxHits;
        at = text.indexOf(pattern, at + 1)
      ) {
        hits.push(at);
      }
      if (now() >= deadline) return this.#done();
    }
    if (this.#grams.length === 0) this.#at = text.length;
    while (this.#at < text.length) {
      const end = Math.min(text.length, this.#at + CHUNK);
      for (const gram of this.#grams) this.#scan(gram, this.#at, end);
      this.#at = end;
      if (now() >= deadline) break;
    }
    return this.#done();
  }

  #done(): boolean {
    return this.#nextOneByOne >= this.#searchedOneByOne.length && this.#at >= this.#text.length;
  }

  #scan(gram: Gram, from: number, to: number): void {
    const text = this.#text;
    const { length, power, filter } = gram;
    let hash = gram.hash;
    for (let i = from; i < to; i++) {
      hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
      if (i < length - 1) continue;
      if (i >= length) hash = (hash - Math.imul(text.charCodeAt(i - length), power)) | 0;
      const bit = hash & (FILTER_BITS - 1);
      if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) continue;
      const ids = gram.patternsByHash.get(hash);
      if (!ids) continue;
      const start = i - length + 1;
      let open = 0;
      for (const id of ids) {
        const hits = this.hits[id] as Positions;
        if (hits.length >= this.#maxHits) continue;
        if (text.startsWith(this.#patterns[id] as string, start)) hits.push(start);
        if (hits.length < this.#maxHits) open++;
      }
      // Patterns that have all the hits they may keep stop costing anything where their k-gram recurs.
      if (open === 0) gram.patternsByHash.delete(hash);
    }
    gram.hash = hash;
  }
}
