/**
 * What the layout fixture generator (`commitment-fixtures.ts`) shares between its families: the expected
 * list's shape, a small PDF page writer, and the helpers that draw a family's commitments from its words.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Lang, Words } from './fixture-words.ts';

export interface ExpectedCommitment {
  label: string | null;
  title: string;
  page: number | null;
  theme: string | null;
  reportedStatus?: string | null;
}

export interface Expected {
  kind: 'action-plan' | 'self-assessment' | 'other';
  family: string;
  language: Lang;
  format: 'pdf' | 'html';
  commitments: ExpectedCommitment[];
}

// ---------------------------------------------------------------------------------------------------
// A small PDF page writer: wrapping, optional hyphenation, running header and footer, one or two columns.

interface Fonts {
  sans: PDFFont;
  sansBold: PDFFont;
  serif: PDFFont;
  serifBold: PDFFont;
}

export interface Style {
  font: keyof Fonts;
  size: number;
  /** Space before the block, in points. */
  before?: number;
  indent?: number;
  hyphenate?: boolean;
}

const A4: [number, number] = [595, 842];
const MARGIN = 60;
const TOP = 842 - 70;
const BOTTOM = 60;

export class Writer {
  page!: PDFPage;
  pageNumber = 0;
  y = TOP;
  column = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly running: { header: string | null; footer: ((n: number) => string) | null },
    readonly columns: 1 | 2 = 1,
  ) {}

  get width(): number {
    return this.columns === 1 ? A4[0] - 2 * MARGIN : (A4[0] - 2 * MARGIN - 24) / 2;
  }

  get x(): number {
    return MARGIN + this.column * (this.width + 24);
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pageNumber++;
    this.y = TOP;
    this.column = 0;
    const small = this.fonts.sans;
    if (this.running.header) {
      this.page.drawText(this.running.header, {
        x: MARGIN,
        y: 812,
        size: 8,
        font: small,
        color: rgb(0.4, 0.4, 0.4),
      });
    }
    if (this.running.footer) {
      this.page.drawText(this.running.footer(this.pageNumber), {
        x: A4[0] / 2 - 20,
        y: 30,
        size: 8,
        font: small,
      });
    }
  }

  /** Room for `h` points, or the next column or page. */
  need(h: number): void {
    if (this.y - h >= BOTTOM) return;
    if (this.columns === 2 && this.column === 0) {
      this.column = 1;
      this.y = TOP;
      return;
    }
    this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Draws a paragraph; returns the page its first line is on. */
  para(text: string, style: Style): number {
    const font = this.fonts[style.font];
    const indent = style.indent ?? 0;
    const lines = wrap(text, font, style.size, this.width - indent, style.hyphenate ?? false);
    const lineHeight = style.size * 1.3;
    this.gap(style.before ?? 0);
    // Keep a heading with at least two lines after it.
    this.need(lineHeight * Math.min(lines.length + 2, 4));
    const first = this.pageNumber;
    for (const line of lines) {
      this.need(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x: this.x + indent, y: this.y, size: style.size, font });
    }
    return first;
  }

  /** Cells on one line at fixed x offsets (a table row); wraps each cell in its own width. */
  row(cells: string[], widths: number[], style: Style): number {
    const font = this.fonts[style.font];
    const lineHeight = style.size * 1.3;
    const wrapped = cells.map((c, i) => wrap(c, font, style.size, (widths[i] as number) - 6, false));
    const height = Math.max(...wrapped.map((w) => w.length)) * lineHeight + 4;
    this.gap(style.before ?? 0);
    this.need(height);
    const first = this.pageNumber;
    let x = this.x;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, k) => {
        this.page.drawText(line, { x, y: this.y - (k + 1) * lineHeight, size: style.size, font });
      });
      x += widths[i] as number;
    });
    this.y -= height;
    return first;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number, hyphenate: boolean): string[] {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  const fits = (s: string): boolean => font.widthOfTextAtSize(s, size) <= width;
  const join = (a: string, b: string): string => (a === '' ? b : `${a} ${b}`);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (fits(join(line, word))) {
      line = join(line, word);
      continue;
    }
    let cut = -1;
    if (hyphenate && word.length >= 8 && /^\p{L}+[.,;]?$/u.test(word)) {
      // Split after a vowel, three letters at least on each side.
      for (let c = word.length - 4; c >= 3 && cut < 0; c--) {
        // Between syllables: a vowel, then a consonant and a vowel ("publi-que", "regi-ons" is not).
        const syllable =
          /[aeiouáéíóúâêôãõà]$/iu.test(word.slice(0, c)) &&
          /^[^aeiouáéíóúâêôãõà][aeiouáéíóúâêôãõà]/iu.test(word.slice(c));
        if (syllable && fits(join(line, `${word.slice(0, c)}-`))) cut = c;
      }
    }
    if (cut > 0) {
      lines.push(join(line, `${word.slice(0, cut)}-`));
      line = word.slice(cut);
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export async function newPdf(): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    sans: await doc.embedFont(StandardFonts.Helvetica),
    sansBold: await doc.embedFont(StandardFonts.HelveticaBold),
    serif: await doc.embedFont(StandardFonts.TimesRoman),
    serifBold: await doc.embedFont(StandardFonts.TimesRomanBold),
  };
  return { doc, fonts };
}

export async function save(doc: PDFDocument): Promise<Uint8Array> {
  // A fixed date: the same input gives the same bytes.
  const fixed = new Date(Date.UTC(2024, 0, 1));
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  doc.setProducer('plan-annotator fixtures');
  return doc.save({ useObjectStreams: false });
}

export const BODY: Style = { font: 'serif', size: 10.5, before: 4 };

/** Indices into `Words.titles` and `Words.themes` a family draws: [theme, [titles]]. */
export type Outline = Array<[number, number[]]>;

export function commitmentsOf(
  w: Words,
  outline: Outline,
): Array<{ theme: string; title: string; index: number }> {
  return outline.flatMap(([t, titles]) =>
    titles.map((index) => ({ theme: w.themes[t] as string, title: w.titles[index] as string, index })),
  );
}

export function milestoneLine(w: Words, k: number): string {
  return `${w.milestoneTexts[k]} (${w.dates[k]} – ${w.dates[Math.min(k + 1, 3)]})`;
}
