// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PdfDocumentText, pageTextOf, type PageItem } from '../../../src/viewer/pdf-document-text.ts';
import { PdfTextLayers } from '../../../src/viewer/pdf-text-layers.ts';

const ITEMS: PageItem[] = [
  { str: 'Annual report 2025', hasEOL: true }, // a running header: left out of the text, read as no length
  { str: 'Commitment 4: Open budgets', hasEOL: true },
  { str: 'The ministry will publish', hasEOL: false },
  { str: ' ', hasEOL: false },
  { str: 'every quarter.', hasEOL: true },
  { str: '12', hasEOL: false }, // the page number: left out too
];

/** A text layer as pdf.js draws it: one span per non-empty item, some inside marked-content groups. */
function drawing(items: readonly PageItem[]): HTMLElement[] {
  return items
    .filter((item) => item.str !== '')
    .map((item, i) => {
      const span = document.createElement('span');
      span.setAttribute('role', 'presentation');
      span.textContent = item.str;
      if (i % 2 === 0) return span;
      const group = document.createElement('span');
      group.className = 'markedContent';
      group.append(span);
      return group;
    });
}

function setUp(): { layers: PdfTextLayers; layer: HTMLElement } {
  const page = pageTextOf(ITEMS, new Set([0, 5]));
  const root = document.createElement('div');
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  root.append(layer);
  document.body.append(root);
  return { layers: new PdfTextLayers(new PdfDocumentText([page]), root), layer };
}

const itemSpans = (layer: Element): string[] =>
  [...layer.querySelectorAll('span:not(.markedContent)')].map((span) => span.textContent ?? '');

describe('a page text layer', () => {
  it('is taken when it shows one span per item read', () => {
    const { layers, layer } = setUp();
    layer.append(...drawing(ITEMS));
    expect(layers.register(1, layer)).toBe(true);
  });

  it('drawn twice (the first drawing cancelled part way), keeps the second drawing and removes what the first left', () => {
    const { layers, layer } = setUp();
    // pdf.js cancelled the first drawing after three items, then drew the page again at another scale
    // into the same layer, after the spans the first had left.
    layer.append(...drawing(ITEMS).slice(0, 3), ...drawing(ITEMS));
    expect(layers.register(1, layer)).toBe(true);
    expect(itemSpans(layer)).toEqual(ITEMS.map((item) => item.str));
  });

  it('with more spans than items that are not a drawing of this page, is refused and left as it is', () => {
    const { layers, layer } = setUp();
    const other = ITEMS.map((item) => ({ ...item, str: item.str === ' ' ? ' ' : `${item.str}!` }));
    layer.append(...drawing(ITEMS).slice(0, 2), ...drawing(other));
    expect(layers.register(1, layer)).toBe(false);
    expect(itemSpans(layer)).toHaveLength(ITEMS.length + 2);
  });

  it('with fewer spans than items (pdf.js stopped early), is refused', () => {
    const { layers, layer } = setUp();
    layer.append(...drawing(ITEMS).slice(0, 4));
    expect(layers.register(1, layer)).toBe(false);
  });
});
