// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchorToRange, describeRange } from '../../../src/dom/range-selectors.ts';
import { DomTextModel, skipNonContent } from '../../../src/dom/text-model.ts';
import { must } from '../../support/must.ts';

/** The value, failing the test where it is missing. */

function parse(html: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    'text/html',
  );
}

function rangeOver(doc: Document, set: (range: Range) => void): Range {
  const range = doc.createRange();
  set(range);
  return range;
}

describe('DomTextModel', () => {
  it('concatenates text nodes in document order without normalising', () => {
    const doc = parse('<p>Commitment  1:</p>\n<p>Open <b>data</b></p>');
    expect(DomTextModel.build(doc.body).doc.text).toBe('Commitment  1:\nOpen data');
  });

  it('leaves out scripts, styles, form text and our own UI host', () => {
    const doc = parse(
      '<p>a</p><script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template>' +
        '<textarea>typed</textarea><div data-plan-annotator><p>toolbar</p></div><p>b</p>',
    );
    expect(DomTextModel.build(doc.body, { skip: skipNonContent }).doc.text).toBe('ab');
    expect(DomTextModel.build(doc.body, { skip: () => false }).doc.text).toContain('toolbar');
  });

  it('maps ranges with text-node boundaries to code-point spans and back', () => {
    const doc = parse('<p>🇪🇺 <i>plan</i> 🌍 commitments</p>');
    const model = DomTextModel.build(doc.body);
    const italic = must(must(doc.querySelector('i')).firstChild);
    const after = must(must(doc.querySelector('p')).lastChild);
    const range = rangeOver(doc, (r) => {
      r.setStart(italic, 1);
      r.setEnd(after, 5);
    });
    const span = must(model.spanFromRange(range));
    // "🇪🇺 " is two regional indicators (two code points, four UTF-16 units) and a space.
    expect(span).toEqual({ start: 4, end: 11 });
    expect(model.doc.slice(span.start, span.end)).toBe('lan 🌍 c');
    const back = model.rangeFromSpan(span);
    expect(back.toString()).toBe('lan 🌍 c');
    expect([back.startContainer, back.startOffset, back.endContainer, back.endOffset]).toEqual([
      italic,
      1,
      after,
      5,
    ]);
  });

  it('maps range boundaries in element containers', () => {
    const doc = parse('<p>one <b>two</b> three</p><p>four</p>');
    const model = DomTextModel.build(doc.body);
    const [first, second] = doc.querySelectorAll('p');
    // Around the <b> element: from before it to after it.
    const aroundBold = rangeOver(doc, (r) => {
      r.setStart(must(first), 1);
      r.setEnd(must(first), 2);
    });
    expect(
      model.doc.slice(must(model.spanFromRange(aroundBold)).start, must(model.spanFromRange(aroundBold)).end),
    ).toBe('two');
    const wholeSecond = rangeOver(doc, (r) => r.selectNodeContents(must(second)));
    expect(model.spanFromRange(wholeSecond)).toEqual({ start: 13, end: 17 });
    const wholeBody = rangeOver(doc, (r) => r.selectNodeContents(doc.body));
    expect(model.spanFromRange(wholeBody)).toEqual({ start: 0, end: 17 });
    expect(model.spanAtPoint(must(first), 3)).toBe(13);
  });

  it('puts a span edge on a node boundary into the node that holds the text', () => {
    const doc = parse('<p>ab<b>cd</b>ef</p>');
    const model = DomTextModel.build(doc.body);
    const bold = must(must(doc.querySelector('b')).firstChild);
    const range = model.rangeFromSpan({ start: 2, end: 4 });
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual([
      bold,
      0,
      bold,
      2,
    ]);
    const collapsed = model.rangeFromSpan({ start: 4, end: 4 });
    expect([collapsed.startContainer, collapsed.startOffset, collapsed.collapsed]).toEqual([bold, 2, true]);
    const start = model.rangeFromSpan({ start: 0, end: 0 });
    expect(start.startOffset).toBe(0);
    const end = model.rangeFromSpan({ start: 6, end: 6 });
    expect([end.startContainer.textContent, end.startOffset]).toEqual(['ef', 2]);
  });

  it('keeps empty text nodes out of ranges', () => {
    const doc = parse('<p>ab</p>');
    const p = must(doc.querySelector('p'));
    p.append(doc.createTextNode(''), doc.createTextNode('cd'));
    const model = DomTextModel.build(doc.body);
    const range = model.rangeFromSpan({ start: 2, end: 4 });
    expect(range.startContainer).toBe(p.lastChild);
    expect(range.toString()).toBe('cd');
  });

  it('returns null for ranges and points outside the root', () => {
    const doc = parse('<main><p>inside</p></main><footer>outside</footer>');
    const model = DomTextModel.build(must(doc.querySelector('main')));
    const footer = must(must(doc.querySelector('footer')).firstChild);
    expect(model.spanAtPoint(footer, 1)).toBeNull();
    expect(model.spanFromRange(rangeOver(doc, (r) => r.selectNodeContents(footer)))).toBeNull();
  });

  it('gives a collapsed range at the root for a document without text', () => {
    const doc = parse('');
    const model = DomTextModel.build(doc.body);
    expect(model.doc.length).toBe(0);
    expect(model.rangeFromSpan({ start: 0, end: 0 }).collapsed).toBe(true);
  });
});

describe('describeRange and anchorToRange', () => {
  it('round-trips a selection, trimming the whitespace at its edges', () => {
    const doc = parse('<h2>Commitment 4:</h2>\n<p>Publish <em>all</em> budgets 📊 online.</p>');
    const model = DomTextModel.build(doc.body);
    const p = must(doc.querySelector('p'));
    const range = rangeOver(doc, (r) => {
      r.setStart(must(must(doc.querySelector('h2')).firstChild), 12);
      r.setEnd(must(p.lastChild), 12);
    });
    const selectors = must(describeRange(model, range));
    expect(selectors).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: ':\nPublish all budgets 📊',
        prefix: 'Commitment 4',
        suffix: ' online.',
      },
      { type: 'TextPositionSelector', start: 12, end: 35 },
    ]);
    const anchored = must(anchorToRange(model, selectors));
    expect(anchored.method).toBe('position');
    expect(anchored.range.toString()).toBe(':\nPublish all budgets 📊');
  });

  it('returns null for an empty or whitespace-only selection', () => {
    const doc = parse('<p>a</p>\n  \n<p>b</p>');
    const model = DomTextModel.build(doc.body);
    const text = must(must(doc.querySelector('p')).firstChild);
    expect(
      describeRange(
        model,
        rangeOver(doc, (r) => r.setStart(text, 1)),
      ),
    ).toBeNull();
    const gap = must(doc.body.childNodes[1]);
    expect(
      describeRange(
        model,
        rangeOver(doc, (r) => r.selectNodeContents(gap)),
      ),
    ).toBeNull();
  });

  it('re-anchors after the page was re-rendered with different markup', () => {
    const before = parse('<p>Lead agency: <b>Ministry of Finance</b>. Budget: 2 million.</p>');
    const beforeModel = DomTextModel.build(before.body);
    const selectors = must(
      describeRange(
        beforeModel,
        rangeOver(before, (r) => r.selectNodeContents(must(before.querySelector('b')))),
      ),
    );
    const after = parse(
      '<div><span>Note.</span><p>Lead agency:\n  <a href="#">Ministry of   Finance</a>. Budget: 2 million.</p></div>',
    );
    const anchored = must(anchorToRange(DomTextModel.build(after.body), selectors));
    expect(anchored.method).toBe('fuzzy');
    expect(anchored.range.toString()).toBe('Ministry of   Finance');
  });

  it('reads a long page in slices, giving the same model as reading it at once', () => {
    const paragraphs = Array.from(
      { length: 2000 },
      (_, i) => `<p>Milestone ${i}: <b>report</b> each quarter.</p>`,
    );
    const doc = parse(paragraphs.join('\n'));
    const reading = DomTextModel.read(doc.body, {}, 0);
    let pauses = 0;
    let step = reading.next();
    while (!step.done) {
      pauses++;
      step = reading.next();
    }
    // A zero budget pauses after every batch of text nodes: 2000 paragraphs hold about 6000 of them.
    expect(pauses).toBeGreaterThan(10);
    expect(step.value.doc.text).toBe(DomTextModel.build(doc.body).doc.text);
    const range = step.value.rangeFromSpan({ start: 0, end: 12 });
    expect(range.toString()).toBe('Milestone 0:');
  });
});
