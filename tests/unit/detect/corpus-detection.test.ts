import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { pdfTextOfFile } from '../../../cli/pdf-text.ts';
import { detectDocument, looksLikePlanPdfLink } from '../../../src/core/detect/index.ts';
import { htmlText } from '../../../src/core/text/html-text.ts';
import { describeIfAvailable, requireResource } from '../../support/require-env.ts';

const corpus = requireResource(
  'PLAN_CORPUS_DIR',
  process.env.PLAN_CORPUS_DIR,
  'it names the folder of real plan PDFs (e.g. /work/shared/corpus)',
);

describeIfAvailable('detectDocument on the corpus', corpus, (dir) => {
  it.each([
    ['plans/NAP1.pdf', 'action-plan'],
    ['plans/NAP2.pdf', 'action-plan'],
    ['plans/final_us_open_government_national_action_plan_3_0.pdf', 'action-plan'],
    ['plans/NAP4-fourth-open-government-national-action-plan.pdf', 'action-plan'],
    ['plans/NAP5-fifth-open-government-national-action-plan.pdf', 'action-plan'],
    ['plans/nap_3_self_assessment_final.pdf', 'self-assessment'],
    ['plans/NAP5_Mid-Term_Self_Assessment_2024.pdf', 'self-assessment'],
  ])('calls %s %s, from its text alone', { timeout: 30_000 }, async (file, kind) => {
    const { text } = await pdfTextOfFile(join(dir, file));
    expect(detectDocument({ text })).toMatchObject({ kind, language: 'en' });
  });

  it('recognises the UK landing page as plan-related and offers its PDF', () => {
    const page = htmlText(
      readFileSync(join(dir, 'pages/uk-data-gov-national-action-plan-2013.html'), 'utf8'),
    );
    const detection = detectDocument({ ...page, url: 'https://data.gov.uk/library/national-action-plan' });
    expect(detection.kind).toBe('action-plan');
    const offered = page.links.filter((l) => looksLikePlanPdfLink(l.href, l.text));
    expect(offered.map((l) => l.href)).toEqual([
      expect.stringMatching(/UK%20OGP%20interim%20action%20plan.*\.pdf$/u),
    ]);
  });

  it('offers both plan PDFs of the Portuguese network page', () => {
    const page = htmlText(readFileSync(join(dir, 'pages/pt-open-administration-network.html'), 'utf8'));
    expect(detectDocument(page).kind).toBe('action-plan');
    expect(page.links.filter((l) => looksLikePlanPdfLink(l.href, l.text))).toHaveLength(2);
  });
});
