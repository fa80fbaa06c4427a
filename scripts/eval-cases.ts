/**
 * The labelled documents `npm run eval` scores: the written fixtures, the generated layout fixtures, the blind
 * set made by LibreOffice, and the real plans in $PLAN_CORPUS_DIR.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from '../cli/inspect.ts';
import { pdfTextOfFile } from '../cli/pdf-text.ts';
import type { Commitment, CommitmentSource } from '../src/core/commitments/index.ts';
import type { DocumentKind, DocumentSample } from '../src/core/detect/index.ts';
import { htmlText } from '../src/core/text/html-text.ts';
import { joinPages } from '../src/core/text/page-text.ts';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));

export type Expected = Pick<Commitment, 'label' | 'title' | 'page' | 'theme'> &
  Partial<Pick<Commitment, 'leadAgency' | 'startDate' | 'endDate' | 'reportedStatus'>>;

export interface Case {
  name: string;
  kind: DocumentKind;
  sample: () => Promise<{ sample: DocumentSample; source: CommitmentSource }>;
  commitments?: Expected[];
  /** Layout fixtures: their family and language, and the CLI's own reading of the file. */
  family?: string;
  language?: string;
  inspected?: () => Promise<{ kind: DocumentKind; commitments: Commitment[] }>;
  /** Which scored set it belongs to: the generated layout fixtures or the blind set. */
  set?: 'layout' | 'blind' | 'blind2';
}

function fixtureText(path: string): CommitmentSource {
  const raw = readFileSync(path, 'utf8');
  const pages = raw.split('\f');
  return pages.length > 1 ? joinPages(pages) : { text: raw };
}

export function fixtureCases(): Case[] {
  const cases: Case[] = [];
  const dir = join(FIXTURES, 'commitments');
  for (const file of readdirSync(dir).filter((f) => f.startsWith('plan-') && f.endsWith('.txt'))) {
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.txt$/u, '.expected.json')), 'utf8'),
    ) as {
      kind: DocumentKind;
      commitments: Expected[];
    };
    cases.push({
      name: `fixtures/${file}`,
      kind: expected.kind,
      commitments: expected.commitments,
      sample: async () => {
        const source = fixtureText(join(dir, file));
        return { sample: { text: source.text }, source };
      },
    });
  }
  const traps = JSON.parse(readFileSync(join(FIXTURES, 'detect', 'expected.json'), 'utf8')) as Record<
    string,
    { kind: DocumentKind }
  >;
  for (const [file, { kind }] of Object.entries(traps)) {
    cases.push({
      name: `fixtures/${file}`,
      kind,
      sample: async () => {
        const text = readFileSync(join(FIXTURES, 'detect', file), 'utf8');
        return { sample: { text }, source: { text } };
      },
    });
  }
  return cases;
}

/** The generated layout fixtures, read the way `plan-annotator inspect FILE --json` reads them. */
export function layoutCases(): Case[] {
  const dir = join(FIXTURES, 'commitments', 'layout');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        kind: DocumentKind;
        family: string;
        language: string;
        format: 'pdf' | 'html';
        commitments: Expected[];
      };
      const path = join(dir, file.replace(/\.expected\.json$/u, `.${expected.format}`));
      const result = inspect(path).then(({ inspection }) => inspection);
      return {
        name: `layout/${file.replace(/\.expected\.json$/u, `.${expected.format}`)}`,
        kind: expected.kind,
        family: expected.family,
        language: expected.language,
        ...(expected.kind === 'other' ? {} : { commitments: expected.commitments }),
        sample: async () => ({ sample: {}, source: { text: '' } }),
        inspected: () => result,
        set: 'layout' as const,
      };
    });
}

/**
 * The blind set: plans written in LibreOffice by someone who had not read the finder, read the way
 * `plan-annotator inspect FILE --json` reads them. Each label names its file.
 */
export function blindCases(set: 'blind' | 'blind2' = 'blind'): Case[] {
  const dir = join(FIXTURES, set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((label) => {
      const expected = JSON.parse(readFileSync(join(dir, label), 'utf8')) as {
        kind: DocumentKind;
        family: string;
        language: string;
        file: string;
        commitments: Expected[];
      };
      const result = inspect(join(dir, expected.file)).then(({ inspection }) => inspection);
      return {
        name: `${set}/${expected.file}`,
        kind: expected.kind,
        family: expected.family,
        language: expected.language,
        ...(expected.kind === 'other' ? {} : { commitments: expected.commitments }),
        sample: async () => ({ sample: {}, source: { text: '' } }),
        inspected: () => result,
        set,
      };
    });
}

export function corpusCases(corpus: string): Case[] {
  const cases: Case[] = [];
  const labelled = new Map<string, Expected[]>();
  const dir = join(FIXTURES, 'commitments');
  for (const file of readdirSync(dir).filter((f) => f.startsWith('us-') && f.endsWith('.json'))) {
    const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      file: string;
      commitments: Expected[];
    };
    labelled.set(expected.file, expected.commitments);
  }
  const pdfs: Array<[string, DocumentKind]> = [
    ['plans/NAP1.pdf', 'action-plan'],
    ['plans/NAP2.pdf', 'action-plan'],
    ['plans/final_us_open_government_national_action_plan_3_0.pdf', 'action-plan'],
    ['plans/NAP4-fourth-open-government-national-action-plan.pdf', 'action-plan'],
    ['plans/NAP5-fifth-open-government-national-action-plan.pdf', 'action-plan'],
    ['plans/nap_3_self_assessment_final.pdf', 'self-assessment'],
    ['plans/NAP5_Mid-Term_Self_Assessment_2024.pdf', 'self-assessment'],
  ];
  for (const [file, kind] of pdfs) {
    const commitments = labelled.get(file);
    cases.push({
      name: file,
      kind,
      ...(commitments ? { commitments } : {}),
      // The text alone, no address: the file names would give the answers away.
      sample: async () => {
        const source = await pdfTextOfFile(join(corpus, file));
        return { sample: { text: source.text }, source };
      },
    });
  }
  for (const file of [
    'pages/uk-data-gov-national-action-plan-2013.html',
    'pages/pt-open-administration-network.html',
  ]) {
    cases.push({
      name: file,
      // Landing pages that offer a plan: plan-related, which the detector reports as action-plan.
      kind: 'action-plan',
      sample: async () => {
        const page = htmlText(readFileSync(join(corpus, file), 'utf8'));
        return { sample: page, source: { text: page.text } };
      },
    });
  }
  return cases;
}
