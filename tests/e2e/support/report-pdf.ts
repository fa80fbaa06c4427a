import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** The heading of the report's first page: its title, as it has no title in its metadata. */
export const REPORT_HEADING = 'Open Data Progress Report 2025';
export const RUNNING_HEADER = 'Open Government National Action Plan 2025';
/** The last line of page 1's body and the first of page 2's: one sentence across the page break. */
export const BEFORE_BREAK = 'Agencies will ensure that the results of federally funded';
export const AFTER_BREAK = 'research are freely and publicly available without delay.';

const FILLER = [
  'The ministry publishes its procurement data every month in open formats.',
  'Civil society organisations review each release and report on gaps.',
  'An independent panel checks that the data match the signed contracts.',
  'Every agency names a contact person for the questions of the public.',
];

/**
 * A three-page report as a government publishes it: a running header at the top of every page and
 * "Page N" at the bottom, drawn after the body so that pdf.js reads the footer between one page's last
 * line and the next page's first, where a quote across the break would pick it up.
 */
export async function makeReportPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= 3; n++) {
    const page = pdf.addPage([612, 792]);
    page.drawText(RUNNING_HEADER, { x: 72, y: 750, size: 9, font });
    let y = 690;
    if (n === 1) {
      page.drawText(REPORT_HEADING, { x: 72, y: 680, size: 24, font: bold });
      y = 630;
    }
    const lines = [...(n === 2 ? [AFTER_BREAK] : [])];
    while (y - lines.length * 18 > 120) lines.push(FILLER[lines.length % FILLER.length] as string);
    if (n === 1) lines.push(BEFORE_BREAK);
    for (const line of lines) {
      page.drawText(line, { x: 72, y, size: 11, font });
      y -= 18;
    }
    page.drawText(`Page ${n}`, { x: 290, y: 40, size: 9, font });
  }
  return pdf.save();
}

/** Writes the report into a new temporary folder; returns the folder (PdfServer serves it) and the name. */
export async function writeReportPdf(): Promise<{ dir: string; name: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-annotator-report-'));
  const name = 'progress-report-2025.pdf';
  await writeFile(join(dir, name), await makeReportPdf());
  return { dir, name };
}
