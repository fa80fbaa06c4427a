// @vitest-environment jsdom
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText, neutraliseMarkdown } from '../../../src/core/export/markdown-escape.ts';
import {
  compareForReport,
  markdownReportChunks,
  toMarkdownReport,
} from '../../../src/core/export/markdown-report.ts';
import type { Annotation } from '../../../src/core/model/annotation.ts';
import { HTML_COMMENT, manyRecord, PDF_HIGHLIGHT, TAGGED_ONLY } from './sample-records.ts';

/** The worst renderer: raw HTML on, and no link check of its own (markdown-it's is switched off). */
const careless = new MarkdownIt({ html: true, linkify: true });
careless.validateLink = () => true;

function render(markdown: string): Document {
  // jsdom's parser builds the tree a browser would, without running anything in it.
  return new DOMParser().parseFromString(careless.render(markdown), 'text/html');
}

const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">a</a>',
  '<svg onload=alert(1)>',
  '[x](javascript:alert(1))',
  '[x]( JaVaScRiPt:alert(1) )',
  '[x](<javascript:alert(1)>)',
  '[x](java\\script:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '![i](javascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '<javascript:alert(1)>',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '[ref2]\n\n[ref2]:\n  vbscript:msgbox(1)',
  '[`code`](javascript:alert(1))',
];

function hostile(payload: string, i: number): Annotation {
  return {
    ...HTML_COMMENT,
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    target: {
      source: `https://evil.example/"><script>alert(${i})</script>?q=(x)`,
      selector: [
        { type: 'TextQuoteSelector', exact: `${payload}\n${payload}` },
        { type: 'TextPositionSelector', start: i, end: i + 1 },
      ],
    },
    body: { comment: `${payload}\n\n${payload}`, tags: [payload.replace(/\s+/g, ' ').slice(0, 64)] },
    document: { title: payload },
  };
}

function dangers(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)) {
        let protocol = '(relative)';
        try {
          protocol = new URL(attr.value).protocol;
        } catch {
          // a relative address stays '(relative)': the report never needs one
        }
        if (protocol !== 'http:' && protocol !== 'https:') found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}

describe('Markdown report', () => {
  it('groups by document, orders by position, and shows quote, comment and tags', () => {
    const later = {
      ...HTML_COMMENT,
      id: '0f8b6a52-3c1e-4e2a-9b7d-5a1c2e3f4a5c',
      target: {
        ...HTML_COMMENT.target,
        selector: [
          { type: 'TextPositionSelector' as const, start: 5000, end: 5001 },
          ...HTML_COMMENT.target.selector.slice(0, 1),
        ],
      },
      body: { comment: 'second passage', tags: [] },
    };
    const report = toMarkdownReport([later, PDF_HIGHLIGHT, HTML_COMMENT, TAGGED_ONLY], {
      title: 'Plan review',
    });
    const doc = render(report);
    expect(doc.querySelector('h1')?.textContent).toBe('Plan review');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Fifth National Action Plan (2024–2026)',
      'Plan de Acción 𝔄',
    ]);
    expect(doc.querySelector('h2 a')?.getAttribute('href')).toBe('https://open.gov.example/plan/2024');
    // In the first document: the quote-only highlight (no position) comes last, after 1200 and 5000.
    const quotes = [...doc.querySelectorAll('blockquote')].map((b) => b.textContent?.trim());
    expect(quotes[0]).toBe('publish budget data, "quarterly", in open formats');
    const order = ['which', 'second passage', 'civic participation'].map((t) => report.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(quotes).toHaveLength(4);
    expect(doc.querySelector('strong')?.textContent).toBe('which');
    expect(doc.querySelector('p a')?.getAttribute('href')).toBe('https://law.example/42');
    expect(doc.body.textContent).toContain('Tags: budget, fiscal, open');
    expect(doc.body.textContent).toContain('Compromiso 2. Datos abiertos 📊 𝔘𝔫𝔦𝔠𝔬𝔡𝔢');
  });

  it('renders XSS payloads in every field as inert text, even with raw HTML on', () => {
    const records = XSS.map(hostile);
    const doc = render(
      toMarkdownReport(records, {
        title: '<script>alert("title")</script>',
        metaOf: () => ({ creator: { id: 'urn:x', name: '<img src=x onerror=alert(1)>' } }),
      }),
    );
    expect(dangers(doc)).toEqual([]);
    // The control: the same payloads as they were typed are dangerous in this renderer.
    expect(dangers(render(XSS.join('\n\n'))).length).toBeGreaterThan(XSS.length / 2);
    // The hostile text is still there for the reader, as text.
    expect(doc.querySelector('h1')?.textContent).toBe('<script>alert("title")</script>');
    for (const payload of XSS) expect(doc.body.textContent).toContain(payload.split('\n')[0]);
  });

  it('keeps http(s) links in comments working and breaks the others', () => {
    const doc = render(
      neutraliseMarkdown(
        '[ok](https://a.example/x) [ok2]( <http://b.example>) [bad](ftp://c.example)\n\n[r]: https://d.example\n\n[r]',
      ),
    );
    // Link text to address; `bad` stays text (a linkifying renderer may still link the bare ftp address).
    const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links.filter(([text]) => text !== 'ftp://c.example')).toEqual([
      ['ok', 'https://a.example/x'],
      ['ok2', 'http://b.example'],
      ['r', 'https://d.example'],
    ]);
  });

  it('closes a code fence a comment left open, so the next entries stay Markdown', () => {
    const open = {
      ...HTML_COMMENT,
      body: { comment: 'look:\n\n````js\nlet a = 1;\n```\nstill code', tags: [] },
    };
    const doc = render(toMarkdownReport([open, { ...PDF_HIGHLIGHT }]));
    expect(doc.querySelector('pre code')?.textContent).toBe('let a = 1;\n```\nstill code\n');
    expect([...doc.querySelectorAll('h2')]).toHaveLength(2);
  });

  it('escapes plain text so that nothing in it is Markdown', () => {
    for (const text of [
      '# *a* _b_ [c](d) `e` <f> &amp; | 1. \\ ![i](x) ~~s~~ ###',
      '- item',
      '+ item',
      '  12. item',
      '3) item',
      '===',
      '---',
      '***',
      '> quote',
      '<!-- comment -->',
      'https://a.example/ and <https://b.example>',
    ]) {
      const doc = render(escapeMarkdownText(text));
      expect(doc.body.textContent?.trim()).toBe(text.trim());
      // A paragraph of text; the careless renderer's linkify may still link a bare http(s) address.
      expect([...doc.body.querySelectorAll('*:not(p):not(a)')].map((e) => e.tagName)).toEqual([]);
      expect(dangers(doc)).toEqual([]);
    }
  });

  // 10k records with assessments and evidence: seconds on a busy machine, so more than the default 5 s.
  it('streams presorted records lazily, with the same text as the whole report', { timeout: 30_000 }, () => {
    const records = Array.from({ length: 10_000 }, (_, n) => manyRecord(n));
    const whole = toMarkdownReport(records);
    // What a server would do with ORDER BY source, start: hand the records over in report order.
    const inReportOrder = [...records].sort(compareForReport);
    let produced = 0;
    function* source() {
      for (const record of inReportOrder) {
        produced += 1;
        yield record;
      }
    }
    const chunks = markdownReportChunks(source(), { presorted: true });
    const head = [chunks.next().value, chunks.next().value];
    expect(produced).toBe(1);
    expect([...head, ...chunks].join('')).toBe(whole);
    expect(produced).toBe(records.length);
  });

  it('says so when there is nothing to report', () => {
    expect(toMarkdownReport([])).toBe('# Annotations\n\nNo annotations.\n');
  });
});
