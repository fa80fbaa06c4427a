/**
 * Plan-like corpora built differently from `plan-corpus.ts`, so that the anchoring bench is not judged
 * on the one text its engine was tuned on: other vocabularies (Spanish-, Portuguese- and French-like
 * plans, English legal text, tables of numbers and dates), other sentence lengths, more or less
 * boilerplate, and other kinds of edits (words substituted, punctuation and whitespace normalised, lines
 * reflowed with PDF-style hyphenation, sections duplicated, deleted and moved, figures updated).
 *
 * A document is a list of blocks (paragraphs, clauses, table rows), each a list of words that carry the
 * separator written after them. The original and the revision are two layouts of two versions of those
 * words, and every character of a revision's word remembers the original offset it came from, so the true
 * new place of every quote is known whatever the layout did. Annotations are stored as the extension
 * stores them: `describeSpan` on a span of whole words, offsets in code points.
 */
import { AnchoringText } from '../../src/core/anchoring/anchoring-text.ts';
import { describeSpan } from '../../src/core/anchoring/describe.ts';
import type { CorpusAnnotation, Revision } from './plan-corpus.ts';
import { seededRandom } from './plan-corpus.ts';

type Random = () => number;

interface Word {
  text: string;
  /** What follows the word in the original: ' ', '\n', '\t', '  ', '\u00a0' … ('' at a block's end). */
  sep: string;
}

/** How a block's words are laid out into lines. */
interface Layout {
  /** Lines are broken near this many characters; none when absent. */
  width?: number;
  /** A long word that would cross the width is split as `hyphen-\nation`, as PDFs extract. */
  hyphenate?: boolean;
}

export interface EditMix {
  /** Per word: replaced by another word of the vocabulary. */
  substitute: number;
  /** Per word: one to three characters replaced, inserted or dropped. */
  typo: number;
  /** Per word with punctuation or typographic characters: those normalised (’ to ', “ to ", – to -, ; to , …). */
  punctuation: number;
  /** Per word with digits: a digit changed (figures updated). */
  digits: number;
  /** Per separator: a space becomes a newline, two spaces, or a space and a newline; others become a space. */
  whitespace: number;
  /** Tabs and runs of spaces between cells become one space, as when a table is pasted again. */
  flatten?: boolean;
  /** The revision's layout (reflowing every block), when it differs from the original's. */
  relayout?: Layout;
  /** Fractions of the blocks: sections copied elsewhere, deleted, moved. */
  duplicate: number;
  remove: number;
  move: number;
}

export interface Variant {
  name: string;
  /** One line saying what is different about it. */
  summary: string;
  /** The original's blocks, about `size` characters of them. */
  blocks(random: Random, size: number): Word[][];
  /** Words that substitutions draw from. */
  vocabulary: readonly string[];
  layout: Layout;
  edits: EditMix;
  /** The blocks are joined with this ('\n', or '\n\n' for blank lines between paragraphs). */
  blockSeparator: string;
}

export interface VariantCorpus {
  original: string;
  revision: Revision;
  annotations: CorpusAnnotation[];
  /** Share of the original's characters whose place in the revision is lost (edited or deleted). */
  lostFraction: number;
}

// ---- vocabularies ---------------------------------------------------------------------------------------

const SPANISH = (
  'ministerio agencia publicar datos abiertos registro contratos presupuesto ciudadanía foro revisión ' +
  'sociedad civil participación transparencia rendición cuentas informe anual trimestral portal compras ' +
  'públicas beneficiarios finales consejo municipal regional nacional implementar hito evidencia ' +
  'evaluación cabildeo reuniones divulgación acceso información libertad quejas mecanismo capacitación ' +
  'funcionarios estándar formato legible consulta proyecto ley decreto audiencia seguimiento indicadores ' +
  'línea base meta financiamiento donantes socios universidades periodistas mujeres jóvenes rural ' +
  'servicios digitales la el los las de del para con en por una un que se sobre y a su al'
).split(' ');

const PORTUGUESE = (
  'ministério agência publicar dados abertos registro contratos orçamento cidadãos fórum revisão ' +
  'sociedade civil participação transparência prestação contas relatório anual trimestral portal compras ' +
  'públicas propriedade beneficiária conselho municipal regional nacional implementar marco evidência ' +
  'avaliação reuniões divulgação acesso informação liberdade denúncias mecanismo capacitação servidores ' +
  'padrão formato aberto consulta minuta lei decreto audiência monitoramento indicadores linha meta ' +
  'financiamento doadores parceiros universidades jornalistas mulheres jovens rural serviços digitais ' +
  'o a os as de do da para com em por uma um que não são e ao no na'
).split(' ');

const FRENCH = (
  'ministère agence publier données ouvertes registre marchés budget citoyens forum examen société ' +
  'civile participation transparence redevabilité rapport annuel trimestriel portail achats publics ' +
  'bénéficiaires effectifs conseil municipal régional national mettre œuvre jalon preuves évaluation ' +
  'représentants intérêts réunions divulgation accès information liberté plaintes mécanisme formation ' +
  'agents norme format lisible consultation projet loi décret audience suivi indicateurs référence ' +
  'cible financement bailleurs partenaires universités journalistes femmes jeunes rural services ' +
  'numériques le la les des du pour avec dans par une un qui sur et à au aux en'
).split(' ');

const ENGLISH = (
  'ministry agency publish open data register contracts budget citizens forum review civil society ' +
  'participation transparency accountability report annual quarterly portal procurement beneficial ' +
  'ownership municipal council regional national implement milestone evidence assessment lobbying ' +
  'meetings disclosure access information freedom complaints mechanism training officials standard ' +
  'format machine readable consultation draft law decree public hearing monitoring indicators ' +
  'baseline target funding donors partners universities journalists women youth rural digital services ' +
  'the of and to in for with by on a an that which is are will be its their this'
).split(' ');

/** Phrases legal drafting repeats clause after clause. */
const LEGAL_PHRASES = [
  'subject to the provisions of section',
  'notwithstanding anything to the contrary in this Act,',
  'the Minister shall',
  'the Commission may, by regulation,',
  'within thirty (30) days of',
  'publish in the Official Gazette',
  'any public authority',
  'a request for information made under subsection',
  'except as otherwise provided in paragraph',
  'for the purposes of this Part,',
  'as the case may be;',
  'in accordance with the procedure laid down in article',
  'the information officer shall',
  'without prejudice to',
  'where the applicant so requests,',
  'the decision shall state the reasons on which it is based;',
  'and any person aggrieved by the decision may appeal to the Tribunal',
  'in the prescribed form and manner',
];
const LEGAL_WORDS = (
  'authority applicant request information record document decision appeal tribunal officer register ' +
  'disclosure exemption fee notice period regulation provision schedule person body minister commission ' +
  'shall may must within days after before under pursuant thereto thereof herein such any every each'
).split(' ');

const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Coast', 'Highlands', 'Capital'];
const INDICATORS = [
  'Contracts published',
  'Datasets released',
  'Requests answered',
  'Complaints resolved',
  'Hearings held',
  'Officials trained',
  'Budget lines open',
];
const STATUSES = ['On track', 'Delayed', 'Completed', 'Not started', 'At risk'];

// ---- building blocks ------------------------------------------------------------------------------------

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** Words of a sentence of `low`..`high` words, capitalised, with a comma now and then and a full stop. */
function sentenceWords(random: Random, vocabulary: readonly string[], low: number, high: number): string[] {
  const length = between(random, low, high);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    let word = pick(random, vocabulary);
    if (i === 0) word = word[0]?.toUpperCase() + word.slice(1);
    // Typographic marks, which republished text often normalises.
    const mark = random();
    if (mark < 0.02) word = `“${word}”`;
    else if (mark < 0.03) word = `${word}’s`;
    if (i < length - 1 && random() < 0.08) word += pick(random, [',', ',', ';', ':']);
    words.push(word);
  }
  words[words.length - 1] += '.';
  return words;
}

/** Words split on spaces, each followed by a space (the last by nothing). */
function wordsOf(text: string): Word[] {
  const parts = text.split(' ').filter((p) => p !== '');
  return parts.map((p, i) => ({ text: p, sep: i === parts.length - 1 ? '' : ' ' }));
}

function joinSentences(sentences: string[][]): Word[] {
  const words: Word[] = [];
  for (const s of sentences) for (const w of s) words.push({ text: w, sep: ' ' });
  if (words.length > 0) (words[words.length - 1] as Word).sep = '';
  return words;
}

function prose(
  random: Random,
  vocabulary: readonly string[],
  sentences: [number, number],
  length: [number, number],
): Word[] {
  const count = between(random, sentences[0], sentences[1]);
  return joinSentences(
    Array.from({ length: count }, () => sentenceWords(random, vocabulary, length[0], length[1])),
  );
}

/** A plan's commitments in a vocabulary, with its own template fields repeated as `boilerplate` says. */
function planBlocks(
  vocabulary: readonly string[],
  labels: {
    commitment: string;
    milestone: string;
    fields: readonly string[];
    boilerplate: readonly string[];
  },
  sentenceLength: [number, number],
  boilerplate: 'none' | 'some' | 'heavy',
  markers: readonly string[] = [],
): (random: Random, size: number) => Word[][] {
  return (random, size) => {
    const blocks: Word[][] = [];
    let length = 0;
    const push = (words: Word[]): void => {
      blocks.push(words);
      for (const w of words) length += w.text.length + w.sep.length + 1;
    };
    for (let n = 1; length < size; n++) {
      push(
        [...wordsOf(`${labels.commitment} ${n}:`), ...prose(random, vocabulary, [1, 1], sentenceLength)].map(
          (w, i, all) => ({ ...w, sep: i === all.length - 1 ? '' : ' ' }),
        ),
      );
      for (const field of labels.fields) {
        if (boilerplate === 'none') {
          push(prose(random, vocabulary, [2, 5], sentenceLength));
          continue;
        }
        push(
          [...wordsOf(`${field}:`), ...prose(random, vocabulary, [1, 4], sentenceLength)].map(
            (w, i, all) => ({ ...w, sep: i === all.length - 1 ? '' : ' ' }),
          ),
        );
        if (boilerplate === 'heavy') push(wordsOf(pick(random, labels.boilerplate)));
      }
      const milestones = between(random, 2, 5);
      for (let m = 1; m <= milestones; m++) {
        const marker = markers.length > 0 ? `${pick(random, markers)} ` : '';
        push(
          [
            ...wordsOf(`${marker}${labels.milestone} ${n}.${m}:`),
            ...prose(random, vocabulary, [1, 1], sentenceLength),
          ].map((w, i, all) => ({ ...w, sep: i === all.length - 1 ? '' : ' ' })),
        );
        if (boilerplate !== 'none')
          push(wordsOf(labels.boilerplate[m % labels.boilerplate.length] as string));
      }
      if (boilerplate === 'heavy') for (const b of labels.boilerplate) push(wordsOf(b));
    }
    return blocks;
  };
}

function legalBlocks(random: Random, size: number): Word[][] {
  const blocks: Word[][] = [];
  let length = 0;
  for (let article = 1; length < size; article++) {
    const heading = wordsOf(
      `Article ${article}. ${pick(random, ['Access to records', 'Exemptions', 'Appeals', 'Publication duties', 'Fees', 'Information officers'])}`,
    );
    blocks.push(heading);
    const clauses = between(random, 2, 6);
    for (let k = 1; k <= clauses; k++) {
      const parts: string[] = [`(${k})`];
      const phrases = between(random, 2, 6);
      for (let p = 0; p < phrases; p++) {
        parts.push(pick(random, LEGAL_PHRASES));
        if (random() < 0.5) parts.push(`${between(random, 1, 60)}(${pick(random, ['a', 'b', 'c', 'd'])})`);
        for (let i = between(random, 1, 8); i > 0; i--) parts.push(pick(random, LEGAL_WORDS));
      }
      const words = wordsOf(`${parts.join(' ')}.`);
      blocks.push(words);
    }
    for (const b of blocks.slice(-1 - clauses)) for (const w of b) length += w.text.length + w.sep.length + 1;
  }
  return blocks;
}

/** 12345 as `12,345`, without Intl, which is slow enough to dominate building a table of megabytes. */
function thousands(value: number): string {
  return value < 1000
    ? String(value)
    : `${Math.floor(value / 1000)},${String(value % 1000).padStart(3, '0')}`;
}

function date(random: Random): string {
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  return `${between(random, 2023, 2027)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Tables of figures and dates: tab-separated cells, rows that differ in a figure or two. */
function tableBlocks(random: Random, size: number): Word[][] {
  const blocks: Word[][] = [];
  let length = 0;
  const cells = (values: string[]): Word[] => {
    const words: Word[] = [];
    values.forEach((value, c) => {
      const inner = wordsOf(value);
      (inner[inner.length - 1] as Word).sep = c === values.length - 1 ? '' : pick(random, ['\t', '  ', '\t']);
      words.push(...inner);
    });
    return words;
  };
  for (let table = 1; length < size; table++) {
    const title = wordsOf(
      `Table ${table}. Progress of commitment ${between(random, 1, 40)} by region, reported ${date(random)}`,
    );
    blocks.push(title);
    blocks.push(cells(['Date', 'Region', 'Indicator', 'Value', 'Share', 'Status']));
    length += 120;
    const rows = between(random, 8, 30);
    for (let r = 0; r < rows; r++) {
      const row = cells([
        date(random),
        `${pick(random, REGIONS)} ${between(random, 1, 9)}`,
        pick(random, INDICATORS),
        thousands(between(random, 0, 99_999)),
        `${(random() * 100).toFixed(1)}%`,
        pick(random, STATUSES),
      ]);
      blocks.push(row);
      for (const w of row) length += w.text.length + w.sep.length;
      length++;
    }
    if (random() < 0.5) {
      const note = prose(random, ENGLISH, [1, 2], [6, 14]);
      blocks.push(note);
      for (const w of note) length += w.text.length + 1;
    }
  }
  return blocks;
}

// ---- the variants ---------------------------------------------------------------------------------------

export const VARIANTS: readonly Variant[] = [
  {
    name: 'es-plan',
    summary:
      'Spanish-like plan, medium sentences, some boilerplate; words substituted, punctuation normalised',
    vocabulary: SPANISH,
    blocks: planBlocks(
      SPANISH,
      {
        commitment: 'Compromiso',
        milestone: 'Hito',
        fields: ['Problema', 'Objetivo', 'Valores'],
        boilerplate: [
          'Estado: este hito está pendiente de revisión por el foro multiactor.',
          'La institución responsable informará al foro cada trimestre y publicará las actas de cada reunión en el portal nacional de gobierno abierto.',
          'Pertinencia: acceso a la información, participación cívica y rendición de cuentas.',
        ],
      },
      [8, 22],
      'some',
    ),
    layout: {},
    edits: {
      substitute: 0.02,
      typo: 0.01,
      punctuation: 0.5,
      digits: 0.1,
      whitespace: 0.01,
      duplicate: 0.01,
      remove: 0.01,
      move: 0.02,
    },
    blockSeparator: '\n',
  },
  {
    name: 'fr-pdf',
    summary:
      'French-like plan from a PDF: long sentences, hard-wrapped and hyphenated lines reflowed, no-break spaces',
    vocabulary: FRENCH,
    blocks: planBlocks(
      FRENCH,
      {
        commitment: 'Engagement',
        milestone: 'Jalon',
        fields: ['Problème\u00a0', 'Objectif\u00a0', 'Valeurs\u00a0'],
        boilerplate: [
          'Statut\u00a0: ce jalon est en attente d’examen par le forum multipartite.',
          'L’agence responsable rend compte au forum chaque trimestre et publie les comptes rendus sur le portail national.',
        ],
      },
      [18, 45],
      'some',
    ),
    layout: { width: 78, hyphenate: true },
    edits: {
      substitute: 0.01,
      typo: 0.005,
      punctuation: 0.3,
      digits: 0.05,
      whitespace: 0.02,
      relayout: { width: 64, hyphenate: true },
      duplicate: 0.005,
      remove: 0.01,
      move: 0.01,
    },
    blockSeparator: '\n\n',
  },
  {
    name: 'pt-boilerplate',
    summary:
      'Portuguese-like plan, short sentences, heavy template fields per commitment; sections duplicated',
    vocabulary: PORTUGUESE,
    blocks: planBlocks(
      PORTUGUESE,
      {
        commitment: 'Compromisso',
        milestone: 'Marco',
        fields: ['Data de início', 'Data de término', 'Responsável', 'Contato'],
        boilerplate: [
          'Situação: em andamento.',
          'Verificável: sim. Impacto potencial: moderado.',
          'Valores: acesso à informação, participação cívica.',
          'Outros atores: sociedade civil, academia e setor privado.',
        ],
      },
      [3, 8],
      'heavy',
    ),
    layout: {},
    edits: {
      substitute: 0.03,
      typo: 0.01,
      punctuation: 0.2,
      digits: 0.2,
      whitespace: 0.02,
      duplicate: 0.03,
      remove: 0.01,
      move: 0.02,
    },
    blockSeparator: '\n',
  },
  {
    name: 'legal',
    summary:
      'English legal text: numbered clauses of repeated phrases; renumbering, words and punctuation changed',
    vocabulary: LEGAL_WORDS,
    blocks: legalBlocks,
    layout: {},
    edits: {
      substitute: 0.03,
      typo: 0.005,
      punctuation: 0.3,
      digits: 0.3,
      whitespace: 0.02,
      duplicate: 0.02,
      remove: 0.02,
      move: 0.02,
    },
    blockSeparator: '\n',
  },
  {
    name: 'tables',
    summary:
      'tables of figures and dates, tab-separated; figures updated, tabs and runs of spaces normalised, rows copied',
    vocabulary: [...STATUSES.flatMap((s) => s.split(' ')), ...REGIONS],
    blocks: tableBlocks,
    layout: {},
    edits: {
      substitute: 0.02,
      typo: 0.003,
      punctuation: 0.1,
      digits: 0.08,
      whitespace: 0.01,
      flatten: true,
      duplicate: 0.01,
      remove: 0.01,
      move: 0.01,
    },
    blockSeparator: '\n',
  },
  {
    name: 'en-plain',
    summary:
      'English plan without boilerplate, long sentences, status emoji (astral code points); typos, line breaks changed',
    vocabulary: ENGLISH,
    blocks: planBlocks(
      ENGLISH,
      { commitment: 'Commitment', milestone: 'Milestone', fields: ['Problem', 'Objective'], boilerplate: [] },
      [20, 40],
      'none',
      ['🟢', '🟠', '🔴', '✅'],
    ),
    layout: { width: 100 },
    edits: {
      substitute: 0.015,
      typo: 0.02,
      punctuation: 0.3,
      digits: 0.1,
      whitespace: 0.05,
      relayout: {},
      duplicate: 0.01,
      remove: 0.01,
      move: 0.02,
    },
    blockSeparator: '\n',
  },
];

// ---- layout with origins --------------------------------------------------------------------------------

/** A text being written, with the original offset of each UTF-16 unit (-1 for one that is new). */
class Writer {
  readonly parts: string[] = [];
  origin = new Int32Array(1 << 16);
  length = 0;
  column = 0;

  write(text: string, origin: number[] | number): void {
    if (this.length + text.length > this.origin.length) {
      const grown = new Int32Array(Math.max(this.origin.length * 2, this.length + text.length));
      grown.set(this.origin);
      this.origin = grown;
    }
    for (let i = 0; i < text.length; i++) {
      this.origin[this.length + i] = originAt(origin, i);
    }
    this.parts.push(text);
    this.length += text.length;
    const newline = text.lastIndexOf('\n');
    this.column = newline === -1 ? this.column + text.length : text.length - newline - 1;
  }

  text(): string {
    return this.parts.join('');
  }
}

/**
 * A word as it stands in a version: its characters and, for each, its original offset or -1; a single
 * number for characters that are all new (-1) or all consecutive from that offset, which most words are.
 */
interface Placed {
  text: string;
  origin: number[] | number;
  sep: string;
}

function originAt(origin: number[] | number, i: number): number {
  if (typeof origin !== 'number') return origin[i] as number;
  return origin === -1 ? -1 : origin + i;
}

function originSlice(origin: number[] | number, from: number, to?: number): number[] | number {
  if (typeof origin !== 'number') return origin.slice(from, to);
  return origin === -1 ? -1 : origin + from;
}

function originArray(origin: number[] | number, length: number): number[] {
  if (typeof origin !== 'number') return origin;
  return Array.from({ length }, (_, i) => originAt(origin, i));
}

/** Lays blocks of words out into a writer, wrapping and hyphenating as `layout` says. */
function layOut(writer: Writer, blocks: readonly Placed[][], layout: Layout, blockSeparator: string): void {
  blocks.forEach((words, b) => {
    if (b > 0) writer.write(blockSeparator, -1);
    words.forEach((word, i) => {
      const width = layout.width;
      if (width !== undefined && writer.column > 0 && writer.column + word.text.length > width) {
        const room = width - writer.column - 1;
        // A long word is split across the line end as `hyphen-\nation`; a short one moves to the next line.
        if (
          layout.hyphenate &&
          word.text.length >= 8 &&
          room >= 3 &&
          /^\p{L}+$/u.test(word.text.slice(0, room))
        ) {
          writer.write(word.text.slice(0, room), originSlice(word.origin, 0, room));
          writer.write('-\n', -1);
          writer.write(word.text.slice(room), originSlice(word.origin, room));
        } else {
          writer.write(word.text, word.origin);
        }
      } else {
        writer.write(word.text, word.origin);
      }
      if (i === words.length - 1) return;
      // Before the next word: its separator, or a line break where the next word would cross the width.
      const next = words[i + 1] as Placed;
      const breaks =
        width !== undefined &&
        writer.column + 1 + next.text.length > width &&
        !(layout.hyphenate && next.text.length >= 8);
      writer.write(breaks && word.sep === ' ' ? '\n' : word.sep, -1);
    });
  });
}

// ---- edits ------------------------------------------------------------------------------------------------

const TYPO_LETTERS = 'abcdefghijklmnopqrstuvwxyzéáó';
const PUNCTUATION: Record<string, string> = {
  '’': "'",
  '“': '"',
  '”': '"',
  ';': ',',
  ':': '',
  ',': '',
  '–': '-',
  '\u00a0': ' ',
};

function editWord(random: Random, word: Placed, variant: Variant): Placed {
  const edits = variant.edits;
  let text = word.text;
  let origin = word.origin;
  if (random() < edits.substitute) {
    origin = originArray(origin, text.length);
    const replacement = pick(random, variant.vocabulary);
    // Keep the word's punctuation: a substitution changes the word, not the sentence around it.
    const tail = /[.,;:”’]*$/.exec(text)?.[0] ?? '';
    const kept = originArray(origin, text.length);
    text = replacement + tail;
    origin = [...new Array<number>(replacement.length).fill(-1), ...kept.slice(kept.length - tail.length)];
  }
  if (random() < edits.typo && text.length > 2) {
    const at = Math.floor(random() * text.length);
    const length = between(random, 1, 3);
    const kind = random();
    const insert = kind < 0.33 ? '' : Array.from({ length }, () => pick(random, [...TYPO_LETTERS])).join('');
    const drop = kind < 0.66 ? length : 0;
    origin = originArray(origin, text.length);
    text = text.slice(0, at) + insert + text.slice(at + drop);
    origin = [
      ...origin.slice(0, at),
      ...new Array<number>(insert.length).fill(-1),
      ...origin.slice(at + drop),
    ];
  }
  if (/[’“”;:,–\u00a0]/.test(text) && random() < edits.punctuation) {
    origin = originArray(origin, text.length);
    let out = '';
    const kept: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      const mapped = PUNCTUATION[c];
      if (mapped === undefined) {
        out += c;
        kept.push(originAt(origin, i));
      } else if (mapped !== '') {
        out += mapped;
        kept.push(-1);
      }
    }
    text = out;
    origin = kept;
  }
  if (/[0-9]/.test(text) && random() < edits.digits) {
    const digits = [...text.matchAll(/[0-9]/g)].map((m) => m.index);
    const at = pick(random, digits);
    origin = originArray(origin, text.length);
    const before = originArray(origin, text.length);
    text = `${text.slice(0, at)}${between(random, 0, 9)}${text.slice(at + 1)}`;
    origin = [...before.slice(0, at), -1, ...before.slice(at + 1)];
  }
  let sep = word.sep;
  if (sep !== '' && random() < edits.whitespace) {
    sep = sep === ' ' ? pick(random, ['\n', '  ', ' \n']) : ' ';
  } else if (edits.flatten && sep !== ' ' && sep !== '') {
    sep = random() < 0.8 ? ' ' : sep;
  }
  return { text, origin, sep };
}

// ---- the corpus -----------------------------------------------------------------------------------------

export interface VariantOptions {
  seed: number;
  size: number;
  annotations: number;
}

/** Builds a variant's corpus; the same options give the same corpus on every run. */
export function buildVariantCorpus(variant: Variant, options: VariantOptions): VariantCorpus {
  const random = seededRandom(options.seed);
  const blocks = variant.blocks(random, options.size);

  // The original: each word's characters get their offsets from the layout itself.
  // Lay out once with running numbers as origins, so that each word learns where its characters landed.
  let serial = 0;
  const serials: Placed[][] = blocks.map((words) =>
    words.map((w) => {
      const first = serial;
      serial += w.text.length;
      return { text: w.text, sep: w.sep, origin: first };
    }),
  );
  const first = new Writer();
  layOut(first, serials, variant.layout, variant.blockSeparator);
  const original = first.text();
  const offsetOfSerial = new Int32Array(serial).fill(-1);
  for (let i = 0; i < first.length; i++) {
    const s = first.origin[i] as number;
    if (s !== -1) offsetOfSerial[s] = i;
  }
  // A word split by a hyphen at a line end is not consecutive in the original; the rest are.
  const placed: Placed[][] = serials.map((words) =>
    words.map((w) => {
      const first = w.origin as number;
      const at = offsetOfSerial[first] as number;
      const split = w.text.length > 0 && offsetOfSerial[first + w.text.length - 1] !== at + w.text.length - 1;
      const origin = split
        ? Array.from({ length: w.text.length }, (_, i) => offsetOfSerial[first + i] as number)
        : at;
      return { text: w.text, sep: w.sep, origin };
    }),
  );
  const blockStart = placed.map((words) => (words[0] ? originAt(words[0].origin, 0) : -1));

  // Block operations, in block indices: sections copied elsewhere (their copies are new text), deleted,
  // and moved, none of them overlapping.
  const count = placed.length;
  const section = (fraction: number): number => Math.max(1, Math.floor(count * fraction));
  const removeFrom = Math.floor(count * 0.45);
  const removeTo = removeFrom + section(variant.edits.remove);
  const moveFrom = Math.floor(count * 0.75);
  const moveTo = moveFrom + section(variant.edits.move);
  const moveBefore = Math.floor(count * 0.15);
  const duplicateFrom = Math.floor(count * 0.3);
  const duplicateTo = duplicateFrom + section(variant.edits.duplicate);
  const duplicateBefore = Math.floor(count * 0.6);
  const boundaries = [removeFrom, removeTo, moveFrom, moveTo, moveBefore, duplicateBefore].map(
    (b) => blockStart[b] ?? original.length,
  );

  const edited = placed.map((words) => words.map((w) => editWord(random, w, variant)));
  const copies = edited
    .slice(duplicateFrom, duplicateTo)
    .map((words) => words.map((w) => ({ ...w, origin: -1 })));
  const moved = edited.slice(moveFrom, moveTo);
  const revised: Placed[][] = [];
  for (let b = 0; b < count; b++) {
    if (b === moveBefore) revised.push(...moved);
    if (b === duplicateBefore) revised.push(...copies);
    if (b >= removeFrom && b < removeTo) continue;
    if (b >= moveFrom && b < moveTo) continue;
    revised.push(edited[b] as Placed[]);
  }
  const second = new Writer();
  layOut(second, revised, variant.edits.relayout ?? variant.layout, variant.blockSeparator);
  const text = second.text();
  const newOffsetOf = new Int32Array(original.length).fill(-1);
  for (let i = 0; i < second.length; i++) {
    const o = second.origin[i] as number;
    if (o !== -1) newOffsetOf[o] = i;
  }
  let lost = 0;
  for (let o = 0; o < original.length; o++)
    if (newOffsetOf[o] === -1 && original.charCodeAt(o) > 0x20) lost++;

  // Annotations on whole words: short ones of two or three words, sentence-sized ones, and long passages.
  const wordSpans: [number, number][] = [];
  for (const words of placed) {
    for (const w of words) {
      if (w.text.length > 0)
        wordSpans.push([originAt(w.origin, 0), originAt(w.origin, w.text.length - 1) + 1]);
    }
  }
  const doc = new AnchoringText(original);
  const annotations: CorpusAnnotation[] = [];
  while (annotations.length < options.annotations) {
    const kind = random();
    const words =
      kind < 0.3 ? between(random, 2, 3) : kind < 0.75 ? between(random, 4, 25) : between(random, 26, 90);
    const first = Math.floor(random() * (wordSpans.length - words));
    const start = (wordSpans[first] as [number, number])[0];
    const end = (wordSpans[first + words - 1] as [number, number])[1];
    if (boundaries.some((b) => b > start && b < end)) continue;
    const startCp = doc.toCodePoint(start);
    const endCp = doc.toCodePoint(end);
    annotations.push({ start, end, selectors: describeSpan(doc, { start: startCp, end: endCp }) });
  }
  return {
    original,
    revision: { text, newOffsetOf },
    annotations,
    lostFraction: lost / original.length,
  };
}
