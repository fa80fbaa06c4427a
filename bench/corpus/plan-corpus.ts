/**
 * A deterministic plan-like corpus for anchoring: a text built from a seeded PRNG (no network), annotations
 * on it, and a revision with scattered small edits, a block inserted near the start, a block deleted and a
 * section moved. Every character of the revision remembers which character of the original it came from,
 * so the true new place of every quote is known.
 */
import { CONTEXT_LENGTH, type Selector } from '../../src/core/model/selectors.ts';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'ministry agency publish open data register contracts budget citizens forum review civil society ' +
  'participation transparency accountability report annual quarterly portal procurement beneficial ' +
  'ownership municipal council regional national implement milestone evidence assessment lobbying ' +
  'meetings disclosure access information freedom complaints mechanism training officials standard ' +
  'format machine readable consultation draft law decree public hearing monitoring indicators ' +
  'baseline target funding donors partners universities journalists women youth rural digital services'
).split(' ');

const AGENCIES = [
  'Ministry of Finance',
  'Ministry of Justice',
  'Office of the Prime Minister',
  'National Statistics Office',
  'Municipal Council',
  'Anti-Corruption Commission',
];

/** Paragraphs every commitment repeats word for word, so that many quotes occur more than once. */
const BOILERPLATE = [
  'Status: this milestone is pending review by the multi-stakeholder forum.',
  'Relevance to OGP values: access to information, civic participation and public accountability.',
  'The implementing agency shall report on progress to the forum each quarter and publish the minutes of every meeting on the national open government portal within ten working days.',
  'Ambition: the commitment changes government practice in a way that the Independent Reporting Mechanism may assess as moderate or transformative, depending on the evidence gathered.',
  'Other actors involved: civil society organisations, academia, the private sector and international partners.',
  'Verifiable: yes. Potential impact: moderate. Completion to be assessed at the end of the action plan cycle.',
];

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 18);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(random() * WORDS.length)] as string);
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  const count = 2 + Math.floor(random() * 5);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(sentence(random));
  return sentences.join(' ');
}

/** Paragraphs of a plan of about `size` characters: commitments, fields, milestones and boilerplate. */
export function planParagraphs(random: () => number, size: number): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  const push = (text: string): void => {
    paragraphs.push(text);
    length += text.length + 1;
  };
  for (let n = 1; length < size; n++) {
    push(`Commitment ${n}: ${sentence(random).slice(0, -1)}`);
    push(`Lead implementing agency: ${AGENCIES[Math.floor(random() * AGENCIES.length)] as string}.`);
    push(`Problem: ${paragraph(random)}`);
    push(BOILERPLATE[2] as string);
    push(`Objective: ${paragraph(random)}`);
    push(BOILERPLATE[1] as string);
    const milestones = 2 + Math.floor(random() * 4);
    for (let m = 1; m <= milestones; m++) {
      push(`Milestone ${n}.${m}: ${sentence(random)} (due ${2025 + (m % 3)}-0${1 + (m % 9)}).`);
      push(BOILERPLATE[0] as string);
    }
    push(BOILERPLATE[3 + (n % 3)] as string);
    push(paragraph(random));
  }
  return paragraphs;
}

/** A paragraph's text and, for each of its characters, its offset in the original text (-1 when new). */
interface Tracked {
  text: string;
  origin: Int32Array;
  /** Characters inserted plus characters dropped by the scattered edits. */
  edited: number;
}

export interface CorpusAnnotation {
  selectors: Selector[];
  /** Where the quote is in the original text, in UTF-16 units (the corpus is all BMP, so code points). */
  start: number;
  end: number;
}

export interface Revision {
  text: string;
  /** For each original offset, its offset in the revision, or -1 when it was deleted. */
  newOffsetOf: Int32Array;
}

export interface Corpus {
  original: string;
  revision: Revision;
  annotations: CorpusAnnotation[];
  /** How many characters of the original the scattered edits touched, as a fraction. */
  editedFraction: number;
}

export interface CorpusOptions {
  seed: number;
  size: number;
  annotations: number;
  /** Fraction of characters hit by scattered edits, 0.01..0.05. */
  editRate: number;
  /** Added to every stored position, as if they were taken on an older version with a longer banner. */
  positionShift: number;
}

const EDIT_LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += EDIT_LETTERS[Math.floor(random() * EDIT_LETTERS.length)];
  return text;
}

/** Scattered edits of 1-8 characters (replace, insert or delete), in one sweep over the paragraph. */
function editParagraph(random: () => number, text: string, start: number, rate: number): Tracked {
  const out: string[] = [];
  const origin: number[] = [];
  let edited = 0;
  for (let i = 0; i < text.length;) {
    // An edit begins here with a probability that makes about `rate` of the characters edited.
    if (random() < rate / 4.5) {
      const length = 1 + Math.floor(random() * 8);
      const kind = random();
      const replacement = kind < 0.33 ? '' : randomText(random, length);
      for (const c of replacement) {
        out.push(c);
        origin.push(-1);
      }
      edited += replacement.length;
      // Insertions keep the original characters; replacements and deletions drop `length` of them.
      if (kind >= 0.66) continue;
      i += length;
      edited += length;
      continue;
    }
    out.push(text[i] as string);
    origin.push(start + i);
    i++;
  }
  return { text: out.join(''), origin: Int32Array.from(origin), edited };
}

/** Builds the corpus; the same options give the same corpus on every run. */
export function buildCorpus(options: CorpusOptions): Corpus {
  const random = seededRandom(options.seed);
  const paragraphs = planParagraphs(random, options.size);
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.length + 1;
  }
  const original = paragraphs.join('\n');
  const count = paragraphs.length;

  // Block operations, in paragraph indices: insert near the start, delete one block, move a section.
  const insertAt = Math.floor(count * 0.02);
  const deleteFrom = Math.floor(count * 0.4);
  const deleteTo = deleteFrom + Math.max(1, Math.floor(count * 0.01));
  const moveFrom = Math.floor(count * 0.7);
  const moveTo = moveFrom + Math.max(1, Math.floor(count * 0.03));
  const moveBefore = Math.floor(count * 0.2);
  const boundaries = [insertAt, deleteFrom, deleteTo, moveFrom, moveTo, moveBefore].map(
    (i) => starts[i] as number,
  );

  let editedChars = 0;
  const tracked: Tracked[] = paragraphs.map((p, i) => {
    const t = editParagraph(random, p, starts[i] as number, options.editRate);
    editedChars += t.edited;
    return t;
  });
  const inserted: Tracked[] = [];
  for (let i = 0; i < Math.max(1, Math.floor(count * 0.01)); i++) {
    const text = paragraph(random);
    inserted.push({ text, origin: new Int32Array(text.length).fill(-1), edited: 0 });
  }
  const moved = tracked.slice(moveFrom, moveTo);
  const revised: Tracked[] = [];
  for (let i = 0; i < count; i++) {
    if (i === insertAt) revised.push(...inserted);
    if (i === moveBefore) revised.push(...moved);
    if (i >= deleteFrom && i < deleteTo) continue;
    if (i >= moveFrom && i < moveTo) continue;
    revised.push(tracked[i] as Tracked);
  }
  const text = revised.map((t) => t.text).join('\n');
  const newOffsetOf = new Int32Array(original.length).fill(-1);
  let at = 0;
  for (const t of revised) {
    t.origin.forEach((o, i) => {
      if (o !== -1) newOffsetOf[o] = at + i;
    });
    at += t.text.length + 1;
  }

  const annotations: CorpusAnnotation[] = [];
  while (annotations.length < options.annotations) {
    // Mostly sentence-sized quotes, some whole paragraphs: 20-400 characters.
    const length = 20 + Math.floor(random() ** 2 * 380);
    const start = Math.floor(random() * (original.length - length));
    const end = start + length;
    // A quote cut in two by a block operation has no single true place; real selections rarely are.
    if (boundaries.some((b) => b > start && b < end)) continue;
    annotations.push({
      start,
      end,
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: original.slice(start, end),
          prefix: original.slice(Math.max(0, start - CONTEXT_LENGTH), start),
          suffix: original.slice(end, end + CONTEXT_LENGTH),
        },
        {
          type: 'TextPositionSelector',
          start: start + options.positionShift,
          end: end + options.positionShift,
        },
      ],
    });
  }
  return {
    original,
    revision: { text, newOffsetOf },
    annotations,
    editedFraction: editedChars / original.length,
  };
}

/**
 * Where a quote truly is in a revision: from the first to the last of its characters that survived, or
 * null when fewer than half of them did (the passage was deleted).
 */
export function trueLocation(
  revision: Revision,
  annotation: CorpusAnnotation,
): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  let kept = 0;
  for (let o = annotation.start; o < annotation.end; o++) {
    const at = revision.newOffsetOf[o] as number;
    if (at === -1) continue;
    kept++;
    if (first === -1) first = at;
    last = at;
  }
  if (kept * 2 < annotation.end - annotation.start) return null;
  return { start: first, end: last + 1 };
}
