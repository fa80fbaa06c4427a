/**
 * What the batches drawn with pdf-lib (`blind3-docs.ts`, `blind4-docs.ts`) share: a document as built,
 * with its labels, and the writing of each document's PDF and `.expected.json` into the second blind set.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draw, type Layout, type Run } from './blind3-pdf.ts';

const DIR = fileURLToPath(new URL('../tests/fixtures/blind2/', import.meta.url));

export interface Label {
  label: string | null;
  title: string;
  page: number | null;
  theme: string | null;
}

export interface Built {
  name: string;
  kind: 'action-plan' | 'self-assessment' | 'irm-report' | 'other';
  family: string;
  language: 'en' | 'es' | 'pt' | 'fr';
  note: string;
  title: string;
  layout: Layout;
  order: (runs: Run[]) => Run[];
  commitments: Label[];
}

export const A4: [number, number] = [595, 842];
export const A4_LANDSCAPE: [number, number] = [842, 595];

/** Builds each document, draws it in its order and writes its PDF and its labels. */
export async function writeBatch(builds: readonly (() => Promise<Built>)[]): Promise<void> {
  for (const build of builds) {
    const b = await build();
    const bytes = await draw(b.layout, b.order, { title: b.title, language: b.language });
    writeFileSync(`${DIR}${b.name}.pdf`, bytes);
    const label = {
      kind: b.kind,
      family: b.family,
      language: b.language,
      format: 'pdf',
      file: `${b.name}.pdf`,
      note: b.note,
      commitments: b.commitments,
    };
    writeFileSync(`${DIR}${b.name}.expected.json`, `${JSON.stringify(label, null, 2)}\n`);
    console.log(`${b.name}: ${b.layout.page} pages, ${b.commitments.length} commitments`);
  }
}
