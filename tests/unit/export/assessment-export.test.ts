// @vitest-environment jsdom
import { parse } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { toW3CExportDocument } from '../../../src/core/export/annotation-collection.ts';
import { CSV_HEADERS, toCsv, URL_SEPARATOR, VALUE_SEPARATOR } from '../../../src/core/export/csv.ts';
import type { MetaOf } from '../../../src/core/export/export-meta.ts';
import { fromW3C } from '../../../src/core/export/from-w3c.ts';
import {
  compareForReport,
  markdownReportChunks,
  toMarkdownReport,
} from '../../../src/core/export/markdown-report.ts';
import { PLAN_CONTEXT } from '../../../src/core/export/plan-context.ts';
import { toW3CAnnotation } from '../../../src/core/export/to-w3c.ts';
import { AnnotationSchema, type Annotation } from '../../../src/core/model/annotation.ts';
import {
  ALL_RECORDS,
  ASSESSED,
  ASSESSMENT_RECORDS,
  COMMITMENT_COMMENT,
  HTML_COMMENT,
  manyRecord,
  REPLY,
  UNSUPPORTED,
} from './sample-records.ts';

const BASE = 'https://sync.example/annotations/';

describe('W3C JSON-LD: commitment, assessment, evidence, replies', () => {
  it('writes each field as a W3C body with a W3C purpose, and our terms beside it', () => {
    const out = toW3CAnnotation(ASSESSED);
    expect(out.motivation).toBe('assessing');
    expect(out.body?.slice(2)).toEqual([
      {
        type: 'TextualBody',
        value: '3: Open budget data',
        format: 'text/plain',
        purpose: 'identifying',
        commitmentOrdinal: 3,
        commitmentLabel: '3',
        commitmentTitle: 'Open budget data',
        linkedBy: 'auto',
      },
      {
        type: 'TextualBody',
        value:
          'Completion: substantial. OGP values: access to information, public accountability. ' +
          'Potential impact: moderate. Verifiable: yes. Did it open government: marginal. Evidence: 2 sources.',
        format: 'text/plain',
        purpose: 'assessing',
        completion: 'substantial',
        ogpValues: ['access-to-information', 'public-accountability'],
        impact: 'moderate',
        verifiable: true,
        openedGovernment: 'marginal',
        supported: true,
      },
      {
        type: 'SpecificResource',
        source: 'https://budget.example.gov/2025/q1?format=csv&lang=en',
        purpose: 'linking',
        evidenceTitle: 'Budget release Q1, "final"',
        evidenceKind: 'dataset',
        published: '2025-04-02',
        accessed: '2026-11-20',
        excerpt: 'Line 14: =SUM(A1:A9)\nsecond line',
      },
      {
        type: 'SpecificResource',
        source: 'https://news.example/budget-story',
        purpose: 'linking',
        evidenceTitle: 'Ministry publishes budget',
        evidenceKind: 'news',
        accessed: '2026-11-21',
      },
    ]);
    // Every term we write is one the inline context defines.
    const terms = new Set(Object.keys(PLAN_CONTEXT));
    for (const body of out.body ?? []) {
      for (const key of Object.keys(body)) {
        if (!['type', 'value', 'format', 'purpose', 'source'].includes(key)) expect(terms).toContain(key);
      }
    }
  });

  it('flags an assessment without evidence as unsupported, and leaves null terms out', () => {
    const assessing = toW3CAnnotation(UNSUPPORTED).body?.find((b) => b.purpose === 'assessing');
    expect(assessing).toMatchObject({ supported: false, ogpValues: [], openedGovernment: null });
    expect(assessing).not.toHaveProperty('impact');
    expect(assessing).not.toHaveProperty('verifiable');
    expect(assessing?.value).toContain('Unsupported: no evidence cited.');
  });

  it("targets a reply's passage and its parent's IRI", () => {
    expect(toW3CAnnotation(REPLY).target).toEqual([
      { source: HTML_COMMENT.target.source, selector: HTML_COMMENT.target.selector },
      `urn:uuid:${HTML_COMMENT.id}`,
    ]);
    expect(toW3CAnnotation(REPLY, { baseUrl: BASE }).target).toEqual([
      expect.objectContaining({ source: HTML_COMMENT.target.source }),
      `${BASE}${HTML_COMMENT.id}`,
    ]);
  });

  it('round-trips every record: ids, selectors, bodies, evidence, replies, with and without base URL', () => {
    for (const baseUrl of [undefined, BASE]) {
      const singles = ALL_RECORDS.map((r) => toW3CAnnotation(r, { baseUrl }));
      expect(fromW3C(JSON.parse(JSON.stringify(singles)))).toEqual({ records: ALL_RECORDS, problems: [] });
      const many = Array.from({ length: 40 }, (_, n) => manyRecord(n));
      const document = toW3CExportDocument(many, { id: 'https://sync.example/x', pageSize: 7, baseUrl });
      expect(fromW3C(JSON.parse(JSON.stringify(document)))).toEqual({ records: many, problems: [] });
    }
  });

  it('keeps an openedGovernment that is absent absent, and one that is null null', () => {
    const { openedGovernment: _dropped, ...withoutField } = UNSUPPORTED.body.assessment ?? {
      completion: 'limited',
      values: [],
      impact: null,
      verifiable: null,
    };
    const noField = AnnotationSchema.parse({
      ...UNSUPPORTED,
      body: { ...UNSUPPORTED.body, assessment: withoutField },
    });
    expect(noField.body.assessment).not.toHaveProperty('openedGovernment');
    const [back] = fromW3C(toW3CAnnotation(noField)).records;
    expect(back?.body.assessment).not.toHaveProperty('openedGovernment');
    expect(fromW3C(toW3CAnnotation(UNSUPPORTED)).records[0]?.body.assessment?.openedGovernment).toBeNull();
  });

  it('reads an empty evidence list back as no list: both mean unsupported', () => {
    const empty = { ...UNSUPPORTED, body: { ...UNSUPPORTED.body, evidence: [] } };
    const [back] = fromW3C(toW3CAnnotation(empty)).records;
    expect(back).toEqual(UNSUPPORTED);
  });

  it('refuses an evidence body with a non-web address, naming the field', () => {
    const out = JSON.parse(JSON.stringify(toW3CAnnotation(ASSESSED))) as { body: Record<string, unknown>[] };
    const evidence = out.body.find((b) => b.purpose === 'linking');
    if (evidence) evidence.source = 'javascript:alert(1)';
    const { records, problems } = fromW3C(out);
    expect(records).toEqual([]);
    expect(problems[0]?.message).toMatch(/^body\.evidence\.0\.url: must be an http or https address/);
  });

  it("takes an evidence source given as a web resource object, and ignores other clients' linking bodies", () => {
    const out = JSON.parse(JSON.stringify(toW3CAnnotation(COMMITMENT_COMMENT))) as {
      body: Record<string, unknown>[];
    };
    const evidence = out.body.find((b) => b.purpose === 'linking');
    if (evidence) evidence.source = { id: evidence.source, type: 'Text' };
    out.body.push({ type: 'SpecificResource', source: 'https://elsewhere.example/', purpose: 'linking' });
    expect(fromW3C(out).records).toEqual([COMMITMENT_COMMENT]);
  });
});

function parsed(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

function unneutralised(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The record's new fields as the CSV cells should hold them, built from the record, not from csv.ts. */
function expectedCells(record: Annotation): Record<string, string> {
  const { commitment, assessment } = record.body;
  const evidence = record.body.evidence ?? [];
  return {
    'commitment label': commitment?.label ?? '',
    'commitment title': commitment?.title ?? '',
    'commitment number': commitment ? String(commitment.ordinal) : '',
    completion: assessment?.completion ?? '',
    values: assessment?.values.join('; ') ?? '',
    impact: assessment?.impact ?? '',
    verifiable: assessment?.verifiable === true ? 'yes' : assessment?.verifiable === false ? 'no' : '',
    'opened government': assessment?.openedGovernment ?? '',
    'evidence URLs': evidence.map((e) => e.url).join('\n'),
    'evidence titles': evidence.map((e) => e.title).join('\n'),
    supported: assessment ? (evidence.length > 0 ? 'yes' : 'no') : '',
    'reply to': record.replyTo ?? '',
  };
}

describe('CSV: commitment, assessment and evidence columns', () => {
  it('parses back (csv-parse) to the records, column by column', () => {
    const meta: MetaOf = (r) => ({ creator: { id: `urn:uuid:${r.id}`, name: `=HYPERLINK("x")` } });
    const rows = parsed(toCsv(ALL_RECORDS, { bom: true, metaOf: meta }));
    expect(Object.keys(rows[0] ?? {})).toEqual(CSV_HEADERS);
    expect(rows).toHaveLength(ALL_RECORDS.length);
    rows.forEach((row, i) => {
      const record = ALL_RECORDS[i] as Annotation;
      const cells = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unneutralised(v)]));
      expect(cells).toMatchObject(expectedCells(record));
      expect(cells).toMatchObject({
        id: record.id,
        motivation: record.motivation,
        comment: record.body.comment,
      });
      expect(row.author).toBe(`'=HYPERLINK("x")`);
    });
    expect(rows[3]?.supported).toBe('yes');
    expect(rows[4]?.supported).toBe('no');
    expect(rows[3]?.values?.split(VALUE_SEPARATOR)).toEqual(ASSESSED.body.assessment?.values);
    expect(rows[3]?.['evidence URLs']?.split(URL_SEPARATOR)).toEqual(
      ASSESSED.body.evidence?.map((e) => e.url),
    );
  });

  it('neutralises formulas in commitment titles, labels and evidence titles', () => {
    const hostile: Annotation = {
      ...ASSESSED,
      body: {
        ...ASSESSED.body,
        commitment: { ordinal: 1, label: '+1', title: '=cmd|" /C calc"!A0', linkedBy: 'manual' },
        evidence: [
          {
            ...(ASSESSED.body.evidence?.[0] as NonNullable<Annotation['body']['evidence']>[0]),
            title: '@SUM(1+1)',
          },
        ],
      },
    };
    const [row] = parsed(toCsv([hostile]));
    expect(row?.['commitment label']).toBe("'+1");
    expect(row?.['commitment title']).toBe(`'=cmd|" /C calc"!A0`);
    expect(row?.['evidence titles']).toBe("'@SUM(1+1)");
    // The evidence URLs cell starts with the address, so it needs no apostrophe.
    expect(row?.['evidence URLs']).toBe(ASSESSED.body.evidence?.[0]?.url);
  });
});

/** The worst renderer: raw HTML on and no link check; and the one the brief names, with HTML off. */
const careless = new MarkdownIt({ html: true, linkify: true });
careless.validateLink = () => true;
const strict = new MarkdownIt({ html: false });

function render(md: { render(src: string): string }, markdown: string): Document {
  return new DOMParser().parseFromString(md.render(markdown), 'text/html');
}

function dangers(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (attr.name === 'href' || attr.name === 'src') {
        const ok = /^https?:\/\//i.test(attr.value);
        if (!ok) found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}

const META: MetaOf = (r) =>
  r.id === UNSUPPORTED.id
    ? { creator: { id: 'urn:uuid:b', name: 'Bo' } }
    : { creator: { id: 'urn:uuid:a', name: 'Ana' } };

describe('Markdown report by commitment', () => {
  const report = toMarkdownReport(ALL_RECORDS, { title: 'Group report', metaOf: META });
  const doc = render(strict, report);

  it('puts each commitment under its document, assessments first, then other annotations', () => {
    const headings = [...doc.querySelectorAll('h2, h3, h4')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings).toEqual([
      'H2 Fifth National Action Plan (2024–2026)',
      'H3 3: Open budget data',
      'H4 1. Assessment: substantial',
      'H4 2. Assessment: limited (unsupported)',
      'H3 Other annotations',
      'H4 1. Comment',
      'H4 2. Reply',
      'H4 3. Highlight',
      'H2 Plan de Acción 𝔄',
      'H3 Datos abiertos',
      'H4 1. Comment',
      'H3 Other annotations',
      'H4 1. Highlight',
    ]);
  });

  it('lists evidence as links with kind and dates, and flags the unsupported claim', () => {
    const links = [...doc.querySelectorAll('ol a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Budget release Q1, "final"', 'https://budget.example.gov/2025/q1?format=csv&lang=en'],
      ['Ministry publishes budget', 'https://news.example/budget-story'],
      ['Decreto 12/2025', 'https://boletin.example.gob/decreto/12'],
    ]);
    expect(doc.body.textContent).toContain('(dataset, published 2 April 2025, accessed 20 November 2026)');
    expect(doc.body.textContent).toContain('Line 14: =SUM(A1:A9)');
    expect(report.match(/Unsupported claim/g)).toHaveLength(1);
  });

  it('names a disagreement between reviewers, and none when one reviewer changed their mind', () => {
    expect(doc.body.textContent).toContain(
      'Disagreement: reviewers give different completion levels: substantial (Ana); limited (Bo).',
    );
    const sameReviewer = toMarkdownReport([ASSESSED, UNSUPPORTED], {
      metaOf: () => ({ creator: { id: 'urn:uuid:a', name: 'Ana' } }),
    });
    expect(sameReviewer).not.toContain('Disagreement');
  });

  it('keeps XSS payloads in commitment, evidence and author inert, with HTML on and off', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))',
      '<javascript:alert(1)>',
    ];
    const records = payloads.map((p, i): Annotation => ({
      ...ASSESSED,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      body: {
        ...ASSESSED.body,
        comment: p,
        commitment: { ordinal: i + 1, label: p.slice(0, 40), title: p, linkedBy: 'manual' },
        evidence: [
          {
            url: `https://e.example/"><script>alert(${i})</script>`,
            title: p,
            kind: 'other',
            published: null,
            accessed: '2026-11-23',
            excerpt: `${p}\n${p}`,
          },
        ],
      },
    }));
    const text = toMarkdownReport(records, {
      metaOf: () => ({ creator: { id: 'urn:x', name: payloads[1] } }),
    });
    for (const md of [careless, strict]) {
      const rendered = render(md, text);
      expect(dangers(rendered)).toEqual([]);
      for (const p of payloads) expect(rendered.body.textContent).toContain(p);
    }
    expect(dangers(render(careless, payloads.join('\n\n'))).length).toBeGreaterThan(1);
  });

  it('streams records in report order to the same report as sorting them, one commitment at a time', () => {
    const many = Array.from({ length: 400 }, (_, n) => manyRecord(n));
    const sorted = [...many].sort(compareForReport);
    const chunks = [...markdownReportChunks(sorted, { presorted: true })];
    expect(chunks.join('')).toBe(toMarkdownReport(many));
    // A commitment heading opens exactly once per document: the order keeps each commitment together.
    const headings = chunks.join('').match(/^(## .*|### .*)$/gm) ?? [];
    expect(
      new Set(headings.map((h, i) => `${headings.slice(0, i).filter((x) => x.startsWith('## ')).length}${h}`))
        .size,
    ).toBe(headings.length);
    expect(ASSESSMENT_RECORDS).toHaveLength(4);
  });
});
