/** What `anchorAll` learns of how a document's text moved since its annotations were stored. */
import { countBelow } from './anchoring-text.ts';
import type { Scorer } from './scorer.ts';

/** Neighbours whose median shift predicts where a stored position has moved. */
const NEIGHBOURS = 3;
/**
 * Closeness halves this far from a predicted position: neighbours place it within the drift of a few
 * local edits, so a copy of boilerplate one paragraph away is rightly much less likely.
 */
const PREDICTED_SCALE = 250;

/**
 * How far text moved, learnt from annotations anchored without doubt: the stored start of each and where
 * it was found. A stored position elsewhere is predicted to have moved like its nearest such neighbour.
 */
export class ShiftMap {
  readonly #stored: number[] = [];
  readonly #found: number[] = [];
  #sorted = true;

  constructor(readonly enabled: boolean) {}

  add(stored: number, found: number): void {
    if (this.#stored.length > 0 && stored < (this.#stored.at(-1) as number)) this.#sorted = false;
    this.#stored.push(stored);
    this.#found.push(found);
  }

  /** Points a scorer at where a stored start has moved to, when the neighbours say. */
  aim(scorer: Scorer, stored: number): void {
    if (!this.enabled || this.#stored.length === 0) return;
    scorer.aim(this.predict(stored), PREDICTED_SCALE);
  }

  predict(stored: number): number {
    if (this.#stored.length === 0) return stored;
    if (!this.#sorted) this.#sort();
    // The median shift of the nearest few, so that one neighbour anchored wrongly cannot mislead.
    let before = countBelow(this.#stored, stored) - 1;
    let after = before + 1;
    const shifts: number[] = [];
    while (shifts.length < NEIGHBOURS && (before >= 0 || after < this.#stored.length)) {
      const takeBefore =
        after >= this.#stored.length ||
        (before >= 0 &&
          stored - (this.#stored[before] as number) <= (this.#stored[after] as number) - stored);
      const i = takeBefore ? before-- : after++;
      shifts.push((this.#found[i] as number) - (this.#stored[i] as number));
    }
    shifts.sort((a, b) => a - b);
    return stored + (shifts[shifts.length >> 1] as number);
  }

  #sort(): void {
    const order = this.#stored
      .map((_, i) => i)
      .sort((a, b) => (this.#stored[a] as number) - (this.#stored[b] as number));
    const stored = order.map((i) => this.#stored[i] as number);
    const found = order.map((i) => this.#found[i] as number);
    this.#stored.splice(0, Infinity, ...stored);
    this.#found.splice(0, Infinity, ...found);
    this.#sorted = true;
  }
}
