// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../../src/core/commitments/index.ts';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { blockLinesOf } from '../../../src/dom/block-lines.ts';
import { DomTextModel } from '../../../src/dom/text-model.ts';
import { outlineOf } from '../../../src/ui/commitment-outline.ts';

const FIXTURE = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages/plan-commitments.html'),
  'utf8',
);

/** Puts a parsed page in place of the test's document (a parsed page runs no script). */
function load(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.adoptNode(parsed.documentElement));
  return document.body;
}

describe('block lines of a page', () => {
  it('keep headings and bold as styles, so a page whose commitments are unnumbered h3 gets them', () => {
    const body = load(
      '<main><h1>Plan</h1><h2>Transparency</h2><h3>Open budget data</h3><p><strong>Lead agency:</strong> Finance</p>' +
        '<p>The ministry will publish the budget.</p><h3>Lobbying register</h3><p><strong>Lead agency:</strong> ' +
        'Presidency</p><p>The office will keep a register.</p><h3>Youth councils</h3><p>Every town will have one.</p></main>',
    );
    const model = DomTextModel.build(body);
    const lines = blockLinesOf(body, model.doc);
    if (!lines) throw new Error('no lines');
    expect(lines.styles.filter((s) => s.font === 'h3').map((s) => lines.doc.slice(s.start, s.end))).toEqual([
      'Open budget data',
      'Lobbying register',
      'Youth councils',
    ]);
    expect(lines.styles.some((s) => s.font === 'strong')).toBe(true);
    const found = findCommitments({ text: lines.text, styles: lines.styles });
    expect(found.map((c) => [c.title, c.theme])).toEqual([
      ['Open budget data', 'Transparency'],
      ['Lobbying register', 'Transparency'],
      ['Youth councils', 'Transparency'],
    ]);
    expect(findCommitments({ text: lines.text })).toEqual([]);
  });

  it('puts blocks on lines of their own and cells apart, and maps offsets back to the text model', () => {
    const body = load(
      '<div><h2>Commitment 1: Open data</h2><p>Body <b>bold</b> text</p><table><tr><td>Lead</td><td>Ministry</td></tr></table>tail</div>',
    );
    const model = DomTextModel.build(body);
    const lines = blockLinesOf(body, model.doc);
    expect(lines).not.toBeNull();
    expect(lines?.text).toBe('Commitment 1: Open data\nBody bold text\nLead\tMinistry\t\ntail');
    // Every character of the lines that came from the page maps onto the same character of the model.
    const text = lines?.text ?? '';
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || text[i] === '\t') continue;
      expect(model.doc.text[lines?.toModel(i) ?? -1]).toBe(text[i]);
    }
  });

  it('reads a source line break inside a paragraph as the space a browser shows, keeping offsets', () => {
    const body = load('<p>one\ntwo</p><pre>a\nb</pre>');
    const model = DomTextModel.build(body);
    const lines = blockLinesOf(body, model.doc);
    expect(lines?.text).toBe('one two\na\nb');
    expect(lines?.toModel(4)).toBe(4);
    expect(lines?.toModel(8)).toBe(7);
  });

  it('gives up when the page no longer holds the text the model read', () => {
    const body = load('<p>before</p>');
    const model = DomTextModel.build(body);
    body.querySelector('p')?.append(' and after');
    expect(blockLinesOf(body, model.doc)).toBeNull();
  });

  it('finds the fixture plan’s four commitments, not its contents, at spans of the model’s text', () => {
    const body = load(FIXTURE);
    const model = DomTextModel.build(body);
    const lines = blockLinesOf(body, model.doc);
    if (!lines) throw new Error('no lines');
    expect(detectDocument({ title: document.title, text: lines.text }).kind).toBe('action-plan');
    const outline = outlineOf(findCommitments({ text: lines.text }), (cp) => lines.toModel(cp));
    expect(outline.map((c) => [c.ordinal, c.label, c.title])).toEqual([
      [1, '1', 'Open contracting for public works'],
      [2, '2', 'Beneficial ownership register'],
      [3, '3', 'Participatory budgeting in municipalities'],
      [4, '4', 'Freedom of information portal'],
    ]);
    const second = outline[1];
    if (!second) throw new Error('no second commitment');
    const span = model.doc.slice(second.start, second.end);
    expect(span.trim().startsWith('Commitment 2: Beneficial ownership register')).toBe(true);
    expect(span).toContain('flag bidders whose owners hold public office.');
    expect(span).not.toContain('Participatory budgeting');
  });
});
