/**
 * A PDF writer that imitates how word processors and layout programs export, for the eighteenth batch of the
 * second blind set (`scripts/blind3-docs.ts`). Chromium prints every run in reading order, one line per text
 * object; Word, InDesign and LibreOffice do not, and pdf.js reads what they write in the order they wrote it.
 * This writer lays a document out first (pages, columns, table cells, each line placed), then draws every
 * run as its own text object in an order the document chooses: running footer first or last, table cells
 * column by column, two columns interleaved line by line; a run per line, per word or per kerning pair;
 * the ligatures fi and fl as runs of their own in a second font resource, as a word processor's shaping
 * engine leaves them.
 */
import { PDFDocument, degrees, PDFName, PDFNumber, StandardFonts, type PDFDict, type PDFFont } from 'pdf-lib';

export type FontKey = 'serif' | 'serifBold' | 'serifItalic' | 'sans' | 'sansBold' | 'symbol';

/** One run as laid out: where it is drawn and in which font, and what part of the page it belongs to. */
export interface Run {
  page: number;
  x: number;
  y: number;
  text: string;
  font: FontKey;
  /** The ligature's own font resource, when the run is a ligature. */
  ligature: boolean;
  size: number;
  /** 'header', 'footer', 'body', 'cell:<column>', or a column 'col:<n>' in a multi-column flow. */
  tag: string;
  /** The order the layout placed it in. */
  seq: number;
}

export interface Style {
  font: FontKey;
  size: number;
  before?: number;
  indent?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
  /** How this paragraph's lines are cut into runs, when not as the document's options say. */
  split?: Split;
}

/**
 * How a line is cut into runs: whole, a run per word, at kerning pairs, or every glyph its own run at its own
 * position (as a layout program that positions each glyph writes it); 'gaps' draws the words of a line with a
 * gap narrower than a space between them, so the space is never drawn and only the gap tells the words apart.
 */
export type Split = 'line' | 'word' | 'kern' | 'glyph' | 'gaps';

export interface Options {
  size: [number, number];
  margin: number;
  top: number;
  bottom: number;
  columns: 1 | 2;
  gutter: number;
  /** How a line is cut into runs. */
  split: Split;
  /**
   * Every page portrait in its MediaBox with /Rotate 90, the text drawn turned a quarter so the page reads
   * as landscape: `size` is then the landscape size the layout sees.
   */
  rotate?: boolean;
  ligatures: boolean;
}

const KERN_PAIRS = new Set([
  'Te',
  'To',
  'Ta',
  'Tr',
  'Va',
  'Ve',
  'Wa',
  'We',
  'Yo',
  'Ya',
  'AV',
  'AT',
  'LT',
  'r.',
  'r,',
  'y.',
  'y,',
  'P.',
  'ov',
  'av',
]);

/** Widths only: pdf-lib's standard fonts measure text the same in every document. */
let measuring: Record<FontKey, PDFFont> | null = null;

async function fontsOf(doc: PDFDocument): Promise<Record<FontKey, PDFFont>> {
  return {
    serif: await doc.embedFont(StandardFonts.TimesRoman),
    serifBold: await doc.embedFont(StandardFonts.TimesRomanBold),
    serifItalic: await doc.embedFont(StandardFonts.TimesRomanItalic),
    sans: await doc.embedFont(StandardFonts.Helvetica),
    sansBold: await doc.embedFont(StandardFonts.HelveticaBold),
    symbol: await doc.embedFont(StandardFonts.Symbol),
  };
}

export async function measure(): Promise<Record<FontKey, PDFFont>> {
  measuring ??= await fontsOf(await PDFDocument.create());
  return measuring;
}

export class Layout {
  runs: Run[] = [];
  page = 0;
  y = 0;
  column = 0;
  /** Points kept free at the right of the flow, for a box beside the body. */
  inset = 0;
  /** Where the last run placed ends, for a note marker after it. */
  last = { x: 0, y: 0, size: 0, tag: 'body' };
  private seq = 0;
  constructor(
    readonly fonts: Record<FontKey, PDFFont>,
    readonly o: Options,
    readonly furniture: { header?: (n: number) => string; footer?: (n: number) => string } = {},
  ) {}

  get colWidth(): number {
    const full = this.o.size[0] - 2 * this.o.margin - this.inset;
    return this.o.columns === 1 ? full : (full - this.o.gutter) / 2;
  }

  get x(): number {
    return this.o.margin + this.column * (this.colWidth + this.o.gutter);
  }

  /** Glyph by glyph: pdf-lib's own measure kerns pairs, but it draws without kerning. */
  width(text: string, font: FontKey, size: number): number {
    let w = 0;
    for (const ch of text) w += this.fonts[font].widthOfTextAtSize(ch, size);
    return w;
  }

  newPage(): void {
    this.page++;
    this.y = this.o.top;
    this.column = 0;
    const header = this.furniture.header?.(this.page);
    if (header) this.place(this.o.margin, this.o.size[1] - 30, header, 'sans', 8, 'header');
    const footer = this.furniture.footer?.(this.page);
    if (footer) {
      const w = this.width(footer, 'sans', 8);
      this.place(this.o.size[0] - this.o.margin - w, 28, footer, 'sans', 8, 'footer');
    }
  }

  /** Moves to the next column or page when `h` points do not fit. */
  need(h: number): void {
    if (this.y - h >= this.o.bottom) return;
    if (this.o.columns === 2 && this.column === 0) {
      this.column = 1;
      this.y = this.o.top;
      return;
    }
    this.newPage();
  }

  /** One line's runs, cut as the options say, at (x, y). */
  place(
    x: number,
    y: number,
    text: string,
    font: FontKey,
    size: number,
    tag: string,
    split: Split = this.o.split,
  ): void {
    const cuts = this.cut(text, split);
    let tighten = 0;
    for (const [start, piece] of cuts) {
      if (piece.trim() === '') continue;
      if (split === 'kern' && start > 0) tighten += 0.25;
      // A narrower gap than the space: a third of the space's width is taken from every gap.
      if (split === 'gaps' && start > 0 && text[start - 1] === ' ')
        tighten += this.width(' ', font, size) / 3;
      const px = x + this.width(text.slice(0, start), font, size) - tighten;
      this.ligatureRuns(px, y, piece, font, size, tag);
    }
    this.last = { x: x + this.width(text, font, size) - tighten, y, size, tag };
  }

  /** A note marker raised after the last run placed, smaller, as a footnote reference is drawn. */
  marker(text: string, font: FontKey = 'serif'): void {
    const size = Math.max(6, this.last.size * 0.58);
    this.place(
      this.last.x + 0.5,
      this.last.y + this.last.size * 0.38,
      text,
      font,
      size,
      this.last.tag,
      'line',
    );
  }

  /**
   * A heading in small capitals made of two sizes: each word's first letter at `size`, the rest of the word
   * in capitals at 78% of it, each word part its own run; returns the page it is on.
   */
  smallCaps(text: string, font: FontKey, size: number, before: number): number {
    const lh = size * 1.35;
    this.y -= before;
    this.need(lh * 5);
    this.y -= lh;
    const small = size * 0.78;
    let x = this.x;
    for (const word of text.split(' ')) {
      // A capital keeps the full size; a word that starts in lower case is small capitals throughout.
      const capital = /^\p{Lu}/u.test(word) || /^\d/u.test(word);
      const head = capital ? word.slice(0, 1) : '';
      const rest = word.slice(head.length).toUpperCase();
      if (head !== '') this.place(x, this.y, head, font, size, this.flowTag(), 'line');
      const hw = this.width(head, font, size);
      if (rest !== '') this.place(x + hw, this.y, rest, font, small, this.flowTag(), 'line');
      x += hw + this.width(rest, font, small) + this.width(' ', font, size);
    }
    return this.page;
  }

  /**
   * A box of lines beside the body, at the right of the flow from the current line down, tagged 'box'; the
   * flow's own y does not move. Returns the height used.
   */
  sideBox(lines: Array<{ text: string; font: FontKey; size: number }>, width: number): number {
    const left = this.x + this.colWidth + 14;
    let y = this.y;
    for (const l of lines) {
      for (const w of this.wrap(l.text, l.font, l.size, width)) {
        y -= l.size * 1.3;
        this.place(left, y, w, l.font, l.size, 'box', 'line');
      }
    }
    return this.y - y;
  }

  private cut(text: string, split: Split): Array<[number, string]> {
    if (split === 'line') return [[0, text]];
    const out: Array<[number, string]> = [];
    if (split === 'glyph') {
      let i = 0;
      for (const ch of text) {
        out.push([i, ch]);
        i += ch.length;
      }
      return out;
    }
    if (split === 'word' || split === 'gaps') {
      for (const m of text.matchAll(/\S+/gu)) out.push([m.index, m[0]]);
      return out;
    }
    let start = 0;
    for (let i = 1; i < text.length; i++) {
      if (KERN_PAIRS.has(text.slice(i - 1, i + 1))) {
        out.push([start, text.slice(start, i)]);
        start = i;
      }
    }
    out.push([start, text.slice(start)]);
    return out;
  }

  private ligatureRuns(x: number, y: number, piece: string, font: FontKey, size: number, tag: string): void {
    const push = (at: number, text: string, ligature: boolean): void => {
      this.runs.push({
        page: this.page,
        x: x + this.width(piece.slice(0, at), font, size),
        y,
        text,
        font,
        ligature,
        size,
        tag,
        seq: this.seq++,
      });
    };
    if (!this.o.ligatures || font === 'symbol') {
      push(0, piece, false);
      return;
    }
    let at = 0;
    for (const m of piece.matchAll(/f[il]/gu)) {
      if (m.index > at) push(at, piece.slice(at, m.index), false);
      push(m.index, m[0], true);
      at = m.index + m[0].length;
    }
    if (at < piece.length) push(at, piece.slice(at), false);
  }

  wrap(text: string, font: FontKey, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && this.width(next, font, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line !== '') lines.push(line);
    return lines;
  }

  /** A paragraph in the flow; returns the page of its first line. */
  para(text: string, style: Style, keep = 2): number {
    const indent = style.indent ?? 0;
    const lines = this.wrap(text, style.font, style.size, this.colWidth - indent);
    const lh = style.size * (style.leading ?? 1.3);
    this.y -= style.before ?? 0;
    this.need(lh * Math.min(lines.length + keep, lines.length + 3));
    const first = this.page;
    for (const line of lines) {
      this.need(lh);
      this.y -= lh;
      this.place(this.x + indent, this.y, line, style.font, style.size, this.flowTag(), style.split);
    }
    return first;
  }

  /** A bullet in the symbol font, then its text hanging at `indent`. */
  bullet(text: string, style: Style, indent = 14): number {
    const lines = this.wrap(text, style.font, style.size, this.colWidth - indent - (style.indent ?? 0));
    const lh = style.size * 1.3;
    this.y -= style.before ?? 0;
    this.need(lh * Math.min(lines.length, 2));
    const first = this.page;
    lines.forEach((line, i) => {
      this.need(lh);
      this.y -= lh;
      if (i === 0)
        this.place(this.x + (style.indent ?? 0), this.y, '•', 'symbol', style.size, this.flowTag());
      this.place(this.x + (style.indent ?? 0) + indent, this.y, line, style.font, style.size, this.flowTag());
    });
    return first;
  }

  /**
   * Parts of one line drawn as separate objects on the same baseline (a label in one font, the title in
   * another), the last part wrapping under itself.
   */
  split(parts: Array<{ text: string; font: FontKey }>, size: number, before: number): number {
    const lh = size * 1.3;
    this.y -= before;
    this.need(lh * 4);
    this.y -= lh;
    const first = this.page;
    let x = this.x;
    parts.forEach((p, i) => {
      const last = i === parts.length - 1;
      const lines = last ? this.wrap(p.text, p.font, size, this.colWidth - (x - this.x)) : [p.text];
      lines.forEach((line, k) => {
        if (k > 0) this.y -= lh;
        this.place(x, this.y, line, p.font, size, this.flowTag());
      });
      x += this.width(`${p.text} `, p.font, size);
    });
    return first;
  }

  /** A contents entry: the text at the left, the page number at the right margin, a tab's gap between. */
  contents(text: string, pageNo: number, style: Style): void {
    const lh = style.size * 1.5;
    this.need(lh);
    this.y -= lh;
    this.place(this.x + (style.indent ?? 0), this.y, text, style.font, style.size, this.flowTag());
    const n = String(pageNo);
    const w = this.width(n, style.font, style.size);
    this.place(this.x + this.colWidth - w, this.y, n, style.font, style.size, this.flowTag());
  }

  /**
   * A table: rows of cells at fixed widths, each cell wrapped in its own width; a row that does not fit goes
   * whole to the next page. Cells are tagged by column, so a document can draw them column by column.
   */
  table(rows: Array<Array<{ text: string; font: FontKey }>>, widths: number[], size: number): number {
    const lh = size * 1.25;
    const first = this.page;
    for (const row of rows) {
      const wrapped = row.map((c, i) =>
        c.text.split('\n').flatMap((para) => this.wrap(para, c.font, size, (widths[i] as number) - 8)),
      );
      const height = Math.max(...wrapped.map((w) => w.length)) * lh + 6;
      this.need(height);
      let x = this.x;
      wrapped.forEach((lines, i) => {
        lines.forEach((line, k) => {
          this.place(x + 4, this.y - 3 - (k + 1) * lh + 2, line, row[i]?.font ?? 'serif', size, `cell:${i}`);
        });
        x += widths[i] as number;
      });
      this.y -= height;
    }
    return first;
  }

  private flowTag(): string {
    return this.o.columns === 2 ? `col:${this.column}` : 'body';
  }
}

/** Draws the laid-out runs, each page's in the order `order` gives, every run its own text object. */
export async function draw(
  layout: Layout,
  order: (runs: Run[]) => Run[],
  meta: { title: string; language: string },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await fontsOf(doc);
  // The ligatures' own resources: a second embedding of each face, as a shaping engine's glyph subset.
  const ligFonts = await fontsOf(doc);
  const [w, h] = layout.o.size;
  for (let n = 1; n <= layout.page; n++) {
    if (layout.o.rotate) {
      // Portrait paper turned a quarter by /Rotate 90: a point (x, y) of the landscape page the reader sees
      // sits at (h - y, x) on the paper, and the text runs up the paper.
      const page = doc.addPage([h, w]);
      page.setRotation(degrees(90));
      for (const r of order(layout.runs.filter((run) => run.page === n)))
        page.drawText(r.text, {
          x: h - r.y,
          y: r.x,
          size: r.size,
          rotate: degrees(90),
          font: (r.ligature ? ligFonts : fonts)[r.font],
        });
      continue;
    }
    const page = doc.addPage(layout.o.size);
    for (const r of order(layout.runs.filter((run) => run.page === n))) {
      page.drawText(r.text, {
        x: r.x,
        y: r.y,
        size: r.size,
        font: (r.ligature ? ligFonts : fonts)[r.font],
      });
    }
  }
  for (const font of [...Object.values(fonts), ...Object.values(ligFonts)]) await withWidths(doc, font);
  const fixed = new Date(Date.UTC(2025, 0, 1));
  doc.setTitle(meta.title);
  doc.setLanguage(meta.language);
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  doc.setProducer('plan-annotator blind fixtures');
  return doc.save({ useObjectStreams: false });
}

/**
 * Writes the font's /Widths, as every word processor does: without them pdf.js measures a standard font
 * with its own metrics, which differ from pdf-lib's by a point or so a word, and a word drawn at its own
 * position then sits closer to the last than pdf.js expects and loses the space before it. A real export
 * never has that mismatch, so the fixtures must not either. The Symbol font keeps its built-in metrics.
 */
/** WinAnsiEncoding's codes 0x80–0x9F (Node's decoder reads them as Latin-1 controls). */
const WIN_ANSI_80 = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'];

async function withWidths(doc: PDFDocument, font: PDFFont): Promise<void> {
  await font.embed();
  if (font.name === 'Symbol') return;
  const widths: number[] = [];
  for (let code = 32; code <= 255; code++) {
    const ch = code >= 0x80 && code <= 0x9f ? (WIN_ANSI_80[code - 0x80] ?? '') : String.fromCharCode(code);
    // A code the face has no glyph for is drawn nowhere: width 0.
    let w: number;
    try {
      w = font.widthOfTextAtSize(ch, 1000);
    } catch {
      w = 0;
    }
    widths.push(Math.round(w));
  }
  const dict = doc.context.lookup(font.ref) as PDFDict;
  dict.set(PDFName.of('FirstChar'), PDFNumber.of(32));
  dict.set(PDFName.of('LastChar'), PDFNumber.of(255));
  dict.set(PDFName.of('Widths'), doc.context.obj(widths));
}

/** Orders: the layout's own, with the running footer (and header) moved first or last. */
export function furnitureFirst(runs: Run[]): Run[] {
  const edge = (r: Run): boolean => r.tag === 'header' || r.tag === 'footer';
  return [...runs.filter(edge), ...runs.filter((r) => !edge(r))];
}

export function furnitureLast(runs: Run[]): Run[] {
  const edge = (r: Run): boolean => r.tag === 'header' || r.tag === 'footer';
  return [...runs.filter((r) => !edge(r)), ...runs.filter(edge)];
}

/** Table cells column by column within each table: all first cells, then all second cells, and so on. */
export function cellsByColumn(runs: Run[]): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < runs.length) {
    const r = runs[i] as Run;
    if (!r.tag.startsWith('cell:')) {
      out.push(r);
      i++;
      continue;
    }
    let j = i;
    while (j < runs.length && (runs[j] as Run).tag.startsWith('cell:')) j++;
    const block = runs.slice(i, j);
    const column = (x: Run): number => Number(x.tag.slice(5));
    out.push(...block.sort((a, b) => column(a) - column(b) || a.seq - b.seq));
    i = j;
  }
  return out;
}

/** Two columns drawn line by line across the page, top to bottom, as a frame-less export interleaves them. */
export function interleaved(runs: Run[]): Run[] {
  return [...runs].sort((a, b) => b.y - a.y || a.x - b.x || a.seq - b.seq);
}
