import { describe, expect, it } from 'vitest';
import {
  firstHeading,
  pdfEvidenceKind,
  pdfTitle,
  type TitleItem,
} from '../../../src/core/document/pdf-title.ts';

/** An item of `size` points at (x, y), `width` long when given. */
function item(str: string, size: number, x: number, y: number, width?: number): TitleItem {
  return { str, transform: [size, 0, 0, size, x, y], ...(width === undefined ? {} : { width }) };
}

const cover = [
  item('2', 10, 300, 38),
  item('THE OPEN GOVERNMENT', 39, 72, 436),
  item('September 20, 2011', 14, 72, 172),
  item('PARTNERSHIP', 39, 72, 390),
  item('NATIONAL ACTION PLAN', 39, 72, 322),
  item('FOR THE UNITED STATES', 39, 72, 276),
];

describe('the title of a PDF', () => {
  it('is its metadata title when that is one', () => {
    expect(pdfTitle({ metadataTitle: '  Plan de Acción\nNacional 2023 ', firstPage: cover })).toBe(
      'Plan de Acción Nacional 2023',
    );
  });

  it.each(['', '   ', 'Microsoft Word - NAP5 final.docx', 'plan_v3.pdf', 'Untitled', '2023', 42])(
    'is the first heading when the metadata title is %j',
    (metadataTitle) => {
      expect(pdfTitle({ metadataTitle, firstPage: cover, fileName: 'nap1.pdf' })).toBe(
        'THE OPEN GOVERNMENT PARTNERSHIP NATIONAL ACTION PLAN FOR THE UNITED STATES',
      );
    },
  );

  it('is the file name when the first page has no words, and "PDF" without one', () => {
    expect(pdfTitle({ firstPage: [item('7', 60, 300, 400)], fileName: 'Plano de Ação.pdf' })).toBe(
      'Plano de Ação.pdf',
    );
    expect(pdfTitle({})).toBe('PDF');
  });
});

describe('the first heading of a page', () => {
  it('reads the largest text top to bottom, joining pieces of a line where they touch', () => {
    expect(
      firstHeading([
        item('Assessment Report', 28, 170, 581, 200),
        item('Midterm Self', 28, 72, 581, 90),
        item('-', 28, 162, 581, 8),
        item('United States of America', 28, 72, 619, 300),
        item('for the', 14, 72, 557, 40),
      ]),
    ).toBe('United States of America Midterm Self-Assessment Report');
  });

  it('takes the next size in when the largest text is a short banner', () => {
    expect(
      firstHeading([
        item('THE OPEN GOVERNMENT', 36, 72, 358),
        item('PARTNERSHIP', 36, 72, 310),
        item('SECOND OPEN GOVERNMENT', 26, 72, 276),
        item('NATIONAL ACTION PLAN', 26, 72, 241),
        item('December 5, 2013', 18, 72, 162),
      ]),
    ).toBe('THE OPEN GOVERNMENT PARTNERSHIP SECOND OPEN GOVERNMENT NATIONAL ACTION PLAN');
  });

  it('passes over a large number to the largest words, and keeps a title short', () => {
    expect(firstHeading([item('12', 80, 500, 700), item('Rapport annuel', 30, 72, 600)])).toBe(
      'Rapport annuel',
    );
    expect([...firstHeading([item('Plan '.repeat(100), 30, 72, 600)])].length).toBeLessThanOrEqual(200);
    expect(firstHeading([])).toBe('');
  });
});

describe('the kind of evidence a PDF is', () => {
  const plan =
    'Fifth U.S. Open Government National Action Plan. Commitment 1: Open contracting. Lead agency: GSA. ' +
    'The Open Government Partnership asks each member to publish an action plan with commitments. ';

  it('is a self-assessment when the plan report calls itself one', () => {
    expect(
      pdfEvidenceKind({
        text: `Mid-term self-assessment report. ${plan.repeat(5)}`,
        title: 'NAP 5 Mid-Term',
      }),
    ).toBe('self-assessment');
  });

  it('is an official document otherwise: a plan, or anything else published', () => {
    expect(pdfEvidenceKind({ text: plan.repeat(5), title: 'Fifth National Action Plan' })).toBe(
      'official-document',
    );
    expect(pdfEvidenceKind({ text: 'Annual accounts of the port authority.', title: '', url: null })).toBe(
      'official-document',
    );
  });
});
