/**
 * Cues the seventeenth batch of the second blind set (Commonwealth and Asian layouts) called for: a city's
 * commitments printed as numbered bold run-ins, read as headings with the first words of their paragraph;
 * template labels wrapped in a narrow cell ("Lead Implementing" / "Agency"), which named no field and, at the
 * top of each page's template, were taken for a running header; and a sentence opening with the words of a
 * label ("Lead agencies report on…") read as the lead agency.
 */
import { describe, expect, it } from 'vitest';
import { boldRunIn } from '../../../src/core/commitments/bold-run-in.ts';
import { commitmentFields } from '../../../src/core/commitments/commitment-fields.ts';
import { sentenceNotField } from '../../../src/core/commitments/field-sentence.ts';
import { furnitureLines } from '../../../src/core/commitments/running-lines.ts';
import { halfOfWrappedLabel, joinWrappedLabels } from '../../../src/core/commitments/wrapped-labels.ts';
import { textLines } from '../../../src/core/text/text-lines.ts';

describe('bold run-in headings', () => {
  const leads = new Map<number, string>([
    [0, '1. Open the city budget by neighbourhood.'],
    [11, 'renewal.'],
    [21, 'Mayor, councillors and senior staff.'],
  ]);
  const boldLead = (line: number): string | null => leads.get(line) ?? null;

  it('end where the bold run ends, without its full stop', () => {
    expect(
      boldRunIn([{ line: 0, text: '1. Open the city budget by neighbourhood. The' }], null, boldLead),
    ).toEqual({ title: '1. Open the city budget by neighbourhood', last: 0 });
  });

  it('take the bold words a wrapped run-in leaves on the next line', () => {
    expect(
      boldRunIn(
        [{ line: 10, text: '3. Participatory design of the Riverside housing' }],
        { line: 11, text: 'renewal. Tenants of the Riverside estate will take' },
        boldLead,
      ),
    ).toEqual({ title: '3. Participatory design of the Riverside housing renewal', last: 11 });
    expect(
      boldRunIn(
        [
          { line: 20, text: '2. A public register of lobbyist meetings with the' },
          { line: 21, text: 'Mayor, councillors and senior staff. All meetings' },
        ],
        null,
        boldLead,
      ),
    ).toEqual({
      title: '2. A public register of lobbyist meetings with the Mayor, councillors and senior staff',
      last: 21,
    });
  });

  it('leave headings that are bold throughout, or whose next line opens with a bold sentence, alone', () => {
    expect(
      boldRunIn(
        [{ line: 5, text: 'Commitment 3: Open contracting' }],
        { line: 6, text: 'Lead agency' },
        boldLead,
      ),
    ).toBe(null);
    // A heading that ends its sentence does not go on into the next line's bold words.
    const other = (line: number): string | null => (line === 31 ? 'Lead:' : null);
    expect(
      boldRunIn([{ line: 30, text: 'Our commitments.' }], { line: 31, text: 'Lead: Finance' }, other),
    ).toBe(null);
    // A bold word that merely starts a sentence is no run-in title.
    const word = (line: number): string | null => (line === 40 ? 'Note' : null);
    expect(boldRunIn([{ line: 40, text: 'Note that the plan runs to 2026' }], null, word)).toBe(null);
  });
});

describe('template labels wrapped in a narrow cell', () => {
  it('name their field once joined', () => {
    const fields = commitmentFields([
      'Lead Implementing',
      'Agency/Actor',
      'Budget Office of the Federation',
      'Commitment Start and End',
      'Date',
      'January 2024 – December 2026',
    ]);
    expect(fields.leadAgency).toBe('Budget Office of the Federation');
    expect([fields.startDate, fields.endDate]).toEqual(['January 2024', 'December 2026']);
  });

  it('join only short lines that make a label together and not alone', () => {
    const label = (t: string): boolean => /^lead implementing agency$/iu.test(t);
    expect(joinWrappedLabels(['Lead Implementing', 'Agency', 'Ministry of Health'], label)).toEqual([
      'Lead Implementing Agency',
      'Ministry of Health',
    ]);
    expect(joinWrappedLabels(['Lead implementing agency', 'Ministry of Health'], label)).toEqual([
      'Lead implementing agency',
      'Ministry of Health',
    ]);
    expect(halfOfWrappedLabel(['', 'Lead Implementing', 'Agency'], 1, label)).toBe(true);
    expect(halfOfWrappedLabel(['Lead Implementing', 'Agency', 'Ministry'], 1, label)).toBe(true);
    expect(halfOfWrappedLabel(['', 'Ministry of Health', 'Agency'], 1, label)).toBe(false);
  });

  it('are not a running header where each page opens with the template', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      [
        `Commitment ${n}: Title of commitment ${n}`,
        'Lead Implementing',
        'Agency',
        `Department number ${n}`,
        'Body text of the commitment that goes on.',
        'More body text of the commitment.',
        'Last line of the page body text here.',
        'Sixth National Action Plan',
        '',
      ].join('\n'),
    );
    const text = pages.join('');
    const starts = pages.map((_, k) => pages.slice(0, k).join('').length);
    const lines = textLines(text);
    const furniture = furnitureLines(lines, starts);
    const marked = [...furniture].map((i) => lines[i]?.clean);
    expect(marked).not.toContain('Lead Implementing');
    expect(marked).not.toContain('Agency');
    // The running footer is still one.
    expect(marked).toContain('Sixth National Action Plan');
  });
});

describe('a sentence that opens with a label', () => {
  it('names no field', () => {
    expect(sentenceNotField(' ', 'report on each milestone every quarter')).toBe(true);
    expect(sentenceNotField(': ', 'ministry of finance')).toBe(false);
    expect(sentenceNotField(' ', 'Ministry of Finance')).toBe(false);
    expect(
      commitmentFields(['Lead agencies report on each milestone every quarter through the platform.'])
        .leadAgency,
    ).toBe(null);
    expect(commitmentFields(['Lead agency Ministry of Finance']).leadAgency).toBe('Ministry of Finance');
  });
});
