/**
 * Where a passage found by approximate matching begins and ends. Matching counts characters, not words:
 * it may begin or end inside a word, or take in a word that replaced the quote's first or last one. What
 * was annotated is what remains of the passage, so the ends are moved to whole words the quote has.
 */
import { stripIgnored } from './compact-text.ts';
import { editSimilarity } from './edit-similarity.ts';

const SPACE = /\s/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** An edge word of a passage less like the quote's own edge word than this was not in the quote. */
const EDGE_WORD_SIMILARITY = 0.5;

interface Span {
  start: number;
  end: number;
}

function isWordAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && WORD_CHARACTER.test(text[at] as string);
}

function folded(word: string): string {
  return stripIgnored(word).toLowerCase();
}

/**
 * Whether a word at an edge of a passage belongs to the quote, whose words at that edge are `own` (the
 * edge word, then the next one in): it is like one of them (the edge word itself may have been deleted),
 * or the quote itself begins or ends inside a word (`whole` is the quote without whitespace or
 * punctuation, lower case).
 */
function belongs(word: string, own: readonly string[], whole: string, edge: 'start' | 'end'): boolean {
  if (!word) return true;
  if (edge === 'start' ? whole.startsWith(word) : whole.endsWith(word)) return true;
  return own.some((ownWord) => editSimilarity(word, ownWord) >= EDGE_WORD_SIMILARITY);
}

/**
 * Where an edge inside a word goes: kept (the piece found is like one of the quote's words at that edge,
 * `own`, as when the quote itself began inside a word), moved to take the whole word (the whole word is
 * more like one), or moved past the word (neither is like one: the end of a word before the passage, or
 * a replacement).
 * Pieces are short, so an even chance of being like the quote's word is not enough.
 */
function edgeInWord(piece: string, word: string, own: readonly string[]): 'keep' | 'whole' | 'drop' {
  let asPiece = 0;
  let asWord = 0;
  for (const ownWord of own) {
    asPiece = Math.max(asPiece, editSimilarity(piece, ownWord));
    asWord = Math.max(asWord, editSimilarity(word, ownWord));
  }
  if (Math.max(asPiece, asWord) <= EDGE_WORD_SIMILARITY) return 'drop';
  return asWord > asPiece ? 'whole' : 'keep';
}

/** A passage that begins or ends inside a word, moved to that word's edge as `edgeInWord` says. */
function snapToWords(text: string, span: Span, first: readonly string[], last: readonly string[]): Span {
  let { start, end } = span;
  if (isWordAt(text, start - 1) && isWordAt(text, start)) {
    let wordStart = start;
    while (isWordAt(text, wordStart - 1)) wordStart--;
    let wordEnd = start;
    while (wordEnd < end && isWordAt(text, wordEnd)) wordEnd++;
    const piece = folded(text.slice(start, wordEnd));
    const move = edgeInWord(piece, folded(text.slice(wordStart, wordEnd)), first);
    if (move === 'whole') start = wordStart;
    if (move === 'drop') {
      start = wordEnd;
      while (start < end && !isWordAt(text, start)) start++;
    }
  }
  if (end > start && isWordAt(text, end - 1) && isWordAt(text, end)) {
    let wordEnd = end;
    while (isWordAt(text, wordEnd)) wordEnd++;
    let wordStart = end;
    while (wordStart > start && isWordAt(text, wordStart - 1)) wordStart--;
    const piece = folded(text.slice(wordStart, end));
    const move = edgeInWord(piece, folded(text.slice(wordStart, wordEnd)), last);
    if (move === 'whole') end = wordEnd;
    if (move === 'drop') {
      end = wordStart;
      while (end > start && SPACE.test(text[end - 1] as string)) end--;
    }
  }
  return end > start ? { start, end } : span;
}

/**
 * The ends of an approximate match moved to whole words of the quote: a piece of a word at either end is
 * taken whole or left out; else a first or last word unlike the quote's (a replacement, which aligning
 * costs no more errors than leaving the quote's word out) is left out. A piece of a word that a line end
 * split is kept, as it is like a piece of the quote's word.
 */
export function trimEdges(text: string, span: Span, quote: string): Span {
  const words = quote.trim().split(/\s+/);
  if (words.length < 2) return span;
  const whole = folded(quote);
  // The quote's words at each edge, the edge word first: it may have been deleted, leaving the next one.
  const first = [folded(words[0] as string), folded(words[1] as string)];
  const last = [folded(words.at(-1) as string), folded(words.at(-2) as string)];
  let { start, end } = snapToWords(text, span, first, last);
  const firstEnd = text.slice(start, end).search(SPACE);
  if (firstEnd > 0 && !belongs(folded(text.slice(start, start + firstEnd)), first, whole, 'start')) {
    let next = start + firstEnd;
    while (next < end && SPACE.test(text[next] as string)) next++;
    start = next;
  }
  let lastStart = end;
  while (lastStart > start && !SPACE.test(text[lastStart - 1] as string)) lastStart--;
  if (lastStart > start && !belongs(folded(text.slice(lastStart, end)), last, whole, 'end')) {
    let previous = lastStart;
    while (previous > start && SPACE.test(text[previous - 1] as string)) previous--;
    end = previous;
  }
  return end > start ? { start, end } : span;
}
