import type { AnchoringText } from './anchoring-text.ts';

const WHITESPACE_RUN = /\s+/g;
/** Characters examined between two looks at the clock while building. */
const CHUNK = 2_048;

/**
 * A document's text with every whitespace character removed, and where each remaining UTF-16 unit came
 * from. Matching on it makes re-flowed text (collapsed spaces, newlines for spaces, indentation) free.
 */
export interface CompactText {
  readonly text: string;
  /** UTF-16 offset in the full text of each UTF-16 unit of `text`; ascending. */
  readonly origin: Uint32Array;
}

const cache = new WeakMap<AnchoringText, CompactText>();

export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, '');
}

/** The code units that `\s` matches, so that the builder and `stripWhitespace` agree on every character. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Builds a document's compact text a chunk at a time, so that a megabyte page is read in slices that
 * leave the page's thread free in between. The result is cached with the document.
 */
export class CompactTextBuilder {
  readonly #doc: AnchoringText;
  readonly #origin: Uint32Array;
  readonly #pieces: string[] = [];
  #length = 0;
  #at = 0;
  #done: CompactText | null;

  constructor(doc: AnchoringText) {
    this.#doc = doc;
    this.#done = cache.get(doc) ?? null;
    this.#origin = new Uint32Array(this.#done ? 0 : doc.text.length);
  }

  /** Works until the clock passes `deadline`; the compact text once all of it is read, else null. */
  run(deadline: number, now: () => number): CompactText | null {
    const full = this.#doc.text;
    while (!this.#done) {
      const end = Math.min(full.length, this.#at + CHUNK);
      // Locals rather than private fields inside the hot loop: it runs once per character of the page.
      const origin = this.#origin;
      let length = this.#length;
      for (let i = this.#at; i < end; i++) {
        const code = full.charCodeAt(i);
        // Most characters are printable ASCII, which is never whitespace.
        if ((code > 0x20 && code < 0x7f) || !isWhitespace(code)) origin[length++] = i;
      }
      this.#length = length;
      // One native replace per chunk rather than a string per run of words: far fewer objects to collect.
      this.#pieces.push(stripWhitespace(full.slice(this.#at, end)));
      this.#at = end;
      if (end === full.length) {
        this.#done = { text: this.#pieces.join(''), origin: this.#origin.subarray(0, this.#length) };
        cache.set(this.#doc, this.#done);
      } else if (now() >= deadline) {
        return null;
      }
    }
    return this.#done;
  }
}
