/**
 * `npx tsx scripts/commitment-fixtures.ts`: writes the layout fixtures of the commitment finder to
 * `tests/fixtures/commitments/layout/`: PDFs drawn with pdf-lib's standard fonts (real weight and size
 * differences: Helvetica, Helvetica-Bold, Times-Roman, Times-Bold) and HTML pages, one per layout family
 * and language, each with an `.expected.json` written from the same data the document is drawn from.
 * The expected list is the ground truth of what the document prints as its commitments (label and title
 * as printed, the page its heading is on), never what the finder returns. Deterministic: no dates, no
 * randomness, so a rerun writes the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { WORDS, type Lang, type Words } from './fixture-words.ts';

const OUT = fileURLToPath(new URL('../tests/fixtures/commitments/layout/', import.meta.url));
const LANGS: Lang[] = ['en', 'es', 'pt', 'fr'];

export interface ExpectedCommitment {
  label: string | null;
  title: string;
  page: number | null;
  theme: string | null;
  reportedStatus?: string | null;
}

interface Expected {
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

interface Style {
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

class Writer {
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

async function newPdf(): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    sans: await doc.embedFont(StandardFonts.Helvetica),
    sansBold: await doc.embedFont(StandardFonts.HelveticaBold),
    serif: await doc.embedFont(StandardFonts.TimesRoman),
    serifBold: await doc.embedFont(StandardFonts.TimesRomanBold),
  };
  return { doc, fonts };
}

async function save(doc: PDFDocument): Promise<Uint8Array> {
  // A fixed date: the same input gives the same bytes.
  const fixed = new Date(Date.UTC(2024, 0, 1));
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  doc.setProducer('plan-annotator fixtures');
  return doc.save({ useObjectStreams: false });
}

const BODY: Style = { font: 'serif', size: 10.5, before: 4 };

/** Indices into `Words.titles` and `Words.themes` a family draws: [theme, [titles]]. */
type Outline = Array<[number, number[]]>;

function commitmentsOf(w: Words, outline: Outline): Array<{ theme: string; title: string; index: number }> {
  return outline.flatMap(([t, titles]) =>
    titles.map((index) => ({ theme: w.themes[t] as string, title: w.titles[index] as string, index })),
  );
}

function milestoneLine(w: Words, k: number): string {
  return `${w.milestoneTexts[k]} (${w.dates[k]} – ${w.dates[Math.min(k + 1, 3)]})`;
}

// ---------------------------------------------------------------------------------------------------
// Family: dotted numbering under themes, a contents page worded differently, template fields.

async function dottedContents(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const outline: Outline = [
    [0, [0, 1, 4]],
    [1, [2, 8, 11]],
    [2, [3, 9]],
  ];
  const total = commitmentsOf(w, outline).length;
  let pagesOf: number[] = [];
  let expected: ExpectedCommitment[] = [];
  let bytes: Uint8Array = new Uint8Array();
  // Two passes: the contents page prints the page numbers the second pass draws on.
  for (let pass = 0; pass < 2; pass++) {
    const { doc, fonts } = await newPdf();
    const out = new Writer(doc, fonts, { header: w.planTitle, footer: (n) => String(n) });
    out.newPage();
    out.para(w.country, { font: 'sans', size: 14, before: 120 });
    out.para(w.planTitle, { font: 'sansBold', size: 24, before: 20 });
    out.newPage();
    out.para(w.contents, { font: 'sansBold', size: 16 });
    // The contents page abridges titles and words the parts differently from the body.
    let k = 0;
    outline.forEach(([t, titles], ti) => {
      out.para(`${ti + 1}. ${(w.themes[t] as string).toUpperCase()} ........ ${pagesOf[k] ?? 0}`, {
        font: 'sans',
        size: 10,
        before: 6,
      });
      titles.forEach((index, ci) => {
        const short = (w.titles[index] as string).split(' ').slice(0, 6).join(' ');
        out.para(`${ti + 1}.${ci + 1} ${short} ........ ${pagesOf[k] ?? 0}`, {
          font: 'sans',
          size: 10,
          indent: 14,
        });
        k++;
      });
    });
    out.newPage();
    out.para(w.introduction, { font: 'sansBold', size: 16 });
    for (const p of w.introText) out.para(p, BODY);
    out.para(w.statedCount(total, outline.length), BODY);
    out.para(w.achievements, { font: 'sansBold', size: 13, before: 10 });
    w.achievementsList.forEach((a, i) => out.para(`${i + 1}. ${a}`, { ...BODY, indent: 10 }));
    out.para(w.lessons, { font: 'sansBold', size: 13, before: 10 });
    w.lessonsList.forEach((a, i) => out.para(`${i + 1}. ${a}`, { ...BODY, indent: 10 }));
    out.newPage();
    pagesOf = [];
    expected = [];
    outline.forEach(([t, titles], ti) => {
      out.para(`${ti + 1}. ${w.themes[t]}`, { font: 'sansBold', size: 15, before: 18 });
      titles.forEach((index, ci) => {
        const label = `${ti + 1}.${ci + 1}`;
        const title = w.titles[index] as string;
        const page = out.para(`${label} ${title}`, { font: 'sansBold', size: 12, before: 14 });
        pagesOf.push(page);
        expected.push({ label, title, page, theme: w.themes[t] as string });
        out.para(`${w.lead}: ${w.agencies[(ti + ci) % 4]}`, BODY);
        out.para(`${w.supporting}: ${w.agencies[(ti + ci + 1) % 4]}`, BODY);
        out.para(`${w.duration}: ${w.dates[0]} – ${w.dates[3]}`, BODY);
        out.para(w.problemText, BODY);
        out.para(`${w.milestones}:`, { ...BODY, font: 'serifBold' });
        for (let m = 0; m < 3; m++)
          out.para(`${label}.${m + 1} ${milestoneLine(w, m)}`, { ...BODY, indent: 12 });
      });
    });
    out.para(w.annex, { font: 'sansBold', size: 15, before: 18 });
    w.annexList.forEach((a, i) => out.para(`${i + 1}. ${a}`, { ...BODY, indent: 10 }));
    bytes = await save(doc);
  }
  return [
    bytes,
    { kind: 'action-plan', family: 'dotted-contents', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: headings told apart only by size (themes) and weight (commitments); no numbers, no fields.

async function fontOnly(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const outline: Outline = [
    [1, [2, 5]],
    [3, [10, 7, 6]],
    [2, [9, 3]],
  ];
  const { doc, fonts } = await newPdf();
  const out = new Writer(doc, fonts, { header: null, footer: (n) => `${w.pageWord} ${n}` });
  out.newPage();
  out.para(w.planTitle, { font: 'serifBold', size: 22, before: 40 });
  out.para(w.introduction, { font: 'serif', size: 17, before: 24 });
  for (const p of w.introText) out.para(p, BODY);
  out.para(w.consultation, { font: 'serifBold', size: 10.5, before: 10 });
  out.para(w.consultationText, BODY);
  out.para(w.lessons, { font: 'serifBold', size: 10.5, before: 10 });
  for (const l of w.lessonsList) out.para(`• ${l}`, { ...BODY, indent: 10 });
  const expected: ExpectedCommitment[] = [];
  for (const [t, titles] of outline) {
    out.para(w.themes[t] as string, { font: 'serif', size: 17, before: 24 });
    for (const index of titles) {
      const title = w.titles[index] as string;
      const page = out.para(title, { font: 'serifBold', size: 10.5, before: 12 });
      expected.push({ label: null, title, page, theme: w.themes[t] as string });
      out.para(w.problemText, BODY);
      out.para(w.bodyText, BODY);
      for (let m = 0; m < 3; m++) out.para(`• ${w.milestoneTexts[m]}`, { ...BODY, indent: 10 });
    }
  }
  out.para(w.recommendations, { font: 'serif', size: 17, before: 24 });
  for (const r of w.recommendationsList) out.para(`• ${r}`, { ...BODY, indent: 10 });
  return [
    await save(doc),
    { kind: 'action-plan', family: 'font-only', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: the OGP template, the title printed as a field, one commitment per template.

async function titleField(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const picks = [0, 3, 5, 7, 9, 10];
  const { doc, fonts } = await newPdf();
  const out = new Writer(doc, fonts, { header: w.planTitle, footer: (n) => `${w.pageWord} ${n}` });
  out.newPage();
  out.para(w.planTitle, { font: 'sansBold', size: 20, before: 40 });
  for (const p of w.introText) out.para(p, BODY);
  out.para(w.statedCount(picks.length, 1), BODY);
  out.para(w.recommendations, { font: 'sansBold', size: 12, before: 12 });
  w.recommendationsList.forEach((r, i) => out.para(`${i + 1}. ${r}`, { ...BODY, indent: 10 }));
  const expected: ExpectedCommitment[] = [];
  const field: Style = { font: 'sansBold', size: 10, before: 8 };
  const value: Style = { font: 'sans', size: 10, before: 1 };
  picks.forEach((index, i) => {
    out.newPage();
    const label = String(i + 1).padStart(2, '0');
    const title = w.titles[index] as string;
    const page = out.para(`${w.commitmentId}: ${label}`, field);
    out.para(`${w.commitmentTitle}:`, field);
    out.para(title, value);
    expected.push({ label, title, page, theme: null });
    out.para(`${w.start}: ${w.dates[0]}`, field);
    out.para(`${w.end}: ${w.dates[3]}`, field);
    out.para(`${w.lead}:`, field);
    out.para(w.agencies[i % 4] as string, value);
    out.para(`${w.supporting}:`, field);
    out.para(`${w.agencies[(i + 2) % 4]}`, value);
    out.para(w.problem, field);
    out.para(w.problemText, value);
    out.para(`${w.objective}:`, field);
    out.para(w.objectiveText, value);
    out.para(`${w.values}:`, field);
    out.para(w.valuesText, value);
    out.para(`${w.milestones}:`, field);
    for (let m = 0; m < 4; m++) out.para(`${m + 1}. ${milestoneLine(w, m)}`, { ...value, indent: 10 });
  });
  return [
    await save(doc),
    { kind: 'action-plan', family: 'title-field', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: two columns, keyword headings whose long titles wrap, hyphenated body text.

async function twoColumn(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const picks = [2, 10, 1, 4, 6];
  const { doc, fonts } = await newPdf();
  const out = new Writer(
    doc,
    fonts,
    { header: `${w.country} · ${w.planTitle}`, footer: (n) => `- ${n} -` },
    2,
  );
  out.newPage();
  out.para(w.planTitle, { font: 'sansBold', size: 15, before: 10 });
  const hyph: Style = { ...BODY, hyphenate: true };
  for (const p of w.introText) out.para(p, hyph);
  out.para(w.statedCount(picks.length, 2), hyph);
  const expected: ExpectedCommitment[] = [];
  picks.forEach((index, i) => {
    const label = String(i + 1);
    const title = w.titles[index] as string;
    const page = out.para(`${w.keyword} ${label}: ${title}`, { font: 'sansBold', size: 11, before: 14 });
    expected.push({ label, title, page, theme: null });
    out.para(w.problemText, hyph);
    out.para(w.bodyText, hyph);
    out.para(`${w.lead}: ${w.agencies[i % 4]}`, hyph);
    out.para(`${w.milestones}:`, { ...BODY, font: 'serifBold' });
    for (let m = 0; m < 3; m++) out.para(`${m + 1}. ${milestoneLine(w, m)}`, { ...hyph, indent: 8 });
  });
  out.para(w.recommendations, { font: 'sansBold', size: 11, before: 14 });
  w.recommendationsList.forEach((r, i) => out.para(`${i + 1}. ${r}`, { ...hyph, indent: 8 }));
  return [
    await save(doc),
    { kind: 'action-plan', family: 'two-column', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: letter-and-number labels (`A.1`) under lettered themes; a template table per commitment.

async function letterTable(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const outline: Outline = [
    [0, [4, 0]],
    [2, [3, 9, 1]],
    [3, [11]],
  ];
  const { doc, fonts } = await newPdf();
  const out = new Writer(doc, fonts, { header: w.planTitle, footer: (n) => String(n) });
  out.newPage();
  out.para(w.planTitle, { font: 'sansBold', size: 18, before: 30 });
  for (const p of w.introText) out.para(p, BODY);
  out.para(w.achievements, { font: 'sansBold', size: 12, before: 12 });
  w.achievementsList.forEach((a, i) =>
    out.para(`${String.fromCharCode(97 + i)}) ${a}`, { ...BODY, indent: 10 }),
  );
  const expected: ExpectedCommitment[] = [];
  const widths = [150, 325];
  outline.forEach(([t, titles], ti) => {
    const letter = String.fromCharCode(65 + ti);
    out.para(`${letter}. ${w.themes[t]}`, { font: 'sansBold', size: 14, before: 20 });
    titles.forEach((index, ci) => {
      const label = `${letter}.${ci + 1}`;
      const title = w.titles[index] as string;
      const page = out.para(`${label} ${title}`, { font: 'sansBold', size: 11, before: 12 });
      expected.push({ label, title, page, theme: w.themes[t] as string });
      const cell: Style = { font: 'sans', size: 9.5, before: 0 };
      out.row([w.lead, w.agencies[ci % 4] as string], widths, cell);
      out.row([w.supporting, w.agencies[(ci + 3) % 4] as string], widths, cell);
      out.row([w.start, w.dates[0]], widths, cell);
      out.row([w.end, w.dates[3]], widths, cell);
      out.row([w.objective, w.objectiveText], widths, cell);
      out.row([w.milestones, ''], widths, cell);
      for (let m = 0; m < 3; m++) out.row([`${label}.${m + 1}`, milestoneLine(w, m)], widths, cell);
    });
  });
  return [
    await save(doc),
    { kind: 'action-plan', family: 'letter-table', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: the self-assessment, each commitment with the status the government reports.

async function selfAssessment(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const picks = [0, 1, 2, 3, 4];
  const { doc, fonts } = await newPdf();
  const out = new Writer(doc, fonts, { header: w.selfAssessmentTitle, footer: (n) => String(n) });
  out.newPage();
  out.para(w.selfAssessmentTitle, { font: 'sansBold', size: 18, before: 30 });
  out.para(w.selfAssessmentIntro, BODY);
  out.para(w.introText[0] as string, BODY);
  const expected: ExpectedCommitment[] = [];
  picks.forEach((index, i) => {
    const label = String(i + 1);
    const title = w.titles[index] as string;
    const page = out.para(`${w.keyword} ${label}: ${title}`, { font: 'sansBold', size: 12, before: 16 });
    const status = w.statuses[i % 4] as string;
    expected.push({ label, title, page, theme: null, reportedStatus: status });
    out.para(`${w.lead}: ${w.agencies[i % 4]}`, BODY);
    out.para(`${w.statusLabel}: ${status}`, BODY);
    out.para(w.progressText, BODY);
    for (let m = 0; m < 2; m++) out.para(`${m + 1}. ${milestoneLine(w, m)}`, { ...BODY, indent: 10 });
  });
  return [
    await save(doc),
    {
      kind: 'self-assessment',
      family: 'self-assessment',
      language: lang,
      format: 'pdf',
      commitments: expected,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// HTML families.

function esc(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Headings by element: h2 parts and themes, h3 commitments (and h3 traps in the introduction). */
function htmlHeadings(w: Words, lang: Lang): [string, Expected] {
  const outline: Outline = [
    [0, [6, 1]],
    [1, [8, 2, 11]],
    [3, [7]],
  ];
  const parts: string[] = [`<header><nav><a href="/">${esc(w.country)}</a></nav></header>`, '<main>'];
  parts.push(`<h1>${esc(w.planTitle)}</h1>`);
  parts.push(`<h2>${esc(w.introduction)}</h2>`);
  for (const p of w.introText) parts.push(`<p>${esc(p)}</p>`);
  parts.push(`<p>${esc(w.statedCount(commitmentsOf(w, outline).length, outline.length))}</p>`);
  parts.push(
    `<h3>${esc(w.achievements)}</h3><ol>${w.achievementsList.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`,
  );
  parts.push(`<h3>${esc(w.lessons)}</h3><ol>${w.lessonsList.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`);
  const expected: ExpectedCommitment[] = [];
  outline.forEach(([t, titles], ti) => {
    parts.push(`<h2>${esc(w.themes[t] as string)}</h2>`);
    titles.forEach((index, ci) => {
      const title = w.titles[index] as string;
      expected.push({ label: null, title, page: null, theme: w.themes[t] as string });
      parts.push(`<h3>${esc(title)}</h3>`);
      parts.push(`<p><strong>${esc(w.lead)}:</strong> ${esc(w.agencies[(ti + ci) % 4] as string)}</p>`);
      parts.push(`<p><strong>${esc(w.duration)}:</strong> ${esc(`${w.dates[0]} – ${w.dates[3]}`)}</p>`);
      parts.push(`<p>${esc(w.problemText)}</p><p>${esc(w.bodyText)}</p>`);
      parts.push(`<p><strong>${esc(w.milestones)}</strong></p>`);
      parts.push(`<ol>${[0, 1, 2].map((m) => `<li>${esc(milestoneLine(w, m))}</li>`).join('')}</ol>`);
    });
  });
  parts.push(`<h2>${esc(w.annex)}</h2><ol>${w.annexList.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`);
  parts.push('</main>', `<footer><p>© ${esc(w.country)}</p></footer>`);
  return [
    page(lang, w.planTitle, parts.join('\n')),
    { kind: 'action-plan', family: 'html-headings', language: lang, format: 'html', commitments: expected },
  ];
}

/** Commitments as the rows of one matrix; a trap table of milestones after it. */
function htmlTable(w: Words, lang: Lang): [string, Expected] {
  const picks = [0, 1, 3, 4, 8, 9, 11];
  const parts: string[] = ['<main>', `<h1>${esc(w.planTitle)}</h1>`];
  for (const p of w.introText) parts.push(`<p>${esc(p)}</p>`);
  parts.push(`<p>${esc(w.statedCount(picks.length, 1))}</p>`);
  parts.push(`<h2>${esc(w.commitmentsPart)}</h2>`);
  const [hNo, hTitle, hLead, hPeriod] = w.tableHeader;
  parts.push(
    `<table><thead><tr><th>${esc(hNo)}</th><th>${esc(hTitle)}</th><th>${esc(hLead)}</th><th>${esc(hPeriod)}</th></tr></thead><tbody>`,
  );
  const expected: ExpectedCommitment[] = [];
  picks.forEach((index, i) => {
    const label = String(i + 1);
    const title = w.titles[index] as string;
    expected.push({ label, title, page: null, theme: null });
    parts.push(
      `<tr><td>${label}</td><td>${esc(title)}</td><td>${esc(w.agencies[i % 4] as string)}</td><td>${esc(`${w.dates[0]} – ${w.dates[3]}`)}</td></tr>`,
    );
  });
  parts.push('</tbody></table>');
  parts.push(`<h2>${esc(w.milestones)}</h2>`);
  parts.push(`<table><tr><th>${esc(hNo)}</th><th>${esc(w.milestones)}</th><th>${esc(hPeriod)}</th></tr>`);
  for (let m = 0; m < 4; m++) {
    parts.push(
      `<tr><td>1.${m + 1}</td><td>${esc(w.milestoneTexts[m] as string)}</td><td>${esc(w.dates[m] as string)}</td></tr>`,
    );
  }
  parts.push('</table>');
  parts.push(
    `<h2>${esc(w.recommendations)}</h2><ol>${w.recommendationsList.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`,
  );
  parts.push('</main>');
  return [
    page(lang, w.planTitle, parts.join('\n')),
    { kind: 'action-plan', family: 'html-table', language: lang, format: 'html', commitments: expected },
  ];
}

/** A news item about the plan: it names the plan and some commitments, and is not a plan. */
function htmlNews(w: Words, lang: Lang): [string, Expected] {
  const parts = [
    '<header><nav><a href="/">Eldoria Daily</a> <a href="/politics">Politics</a></nav></header>',
    '<article>',
    `<h1>${esc(w.newsTitle)}</h1>`,
    '<p class="byline">2024-02-06</p>',
    ...w.newsText.map((p) => `<p>${esc(p)}</p>`),
    `<ul><li>${esc(w.titles[0] as string)}</li><li>${esc(w.titles[1] as string)}</li></ul>`,
    '</article>',
    '<aside><h2>Most read</h2><ol><li>Weather</li><li>Football</li></ol></aside>',
  ];
  return [
    page(lang, w.newsTitle, parts.join('\n')),
    { kind: 'other', family: 'news', language: lang, format: 'html', commitments: [] },
  ];
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const pdfFamilies = { dottedContents, fontOnly, titleField, twoColumn, letterTable, selfAssessment };
  const htmlFamilies = { htmlHeadings, htmlTable, htmlNews };
  for (const lang of LANGS) {
    const w = WORDS[lang];
    for (const make of Object.values(pdfFamilies)) {
      const [bytes, expected] = await make(w, lang);
      const name = `${expected.family}-${lang}`;
      writeFileSync(join(OUT, `${name}.pdf`), bytes);
      writeFileSync(join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    }
    for (const make of Object.values(htmlFamilies)) {
      const [html, expected] = make(w, lang);
      const name = `${expected.family}-${lang}`;
      writeFileSync(join(OUT, `${name}.html`), html);
      writeFileSync(join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
    }
  }
  console.log(`fixtures written to ${OUT}`);
}

await main();
