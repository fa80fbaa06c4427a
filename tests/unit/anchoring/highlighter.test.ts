// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Highlighter, highlightRules } from '../../../src/dom/highlighter.ts';
import { must } from '../../support/must.ts';
import { HIGHLIGHT_RULES_MARKER, HIGHLIGHT_STYLES } from '../../../src/ui/highlight-style.ts';

/** jsdom has no CSS Custom Highlight API; a set of ranges and a map are enough to watch what is painted. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function install(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  return registry;
}

/** Every range painted, whatever its style (each is in exactly one style's highlight). */
function allPainted(registry: Map<string, FakeHighlight>): AbstractRange[] {
  return [...registry]
    .filter(([name]) => name.startsWith('plan-annotator-') && name !== 'plan-annotator-focus')
    .flatMap(([, highlight]) => [...highlight]);
}

/** The value, failing the test where it is missing. */

function rangeIn(doc: Document): Range {
  const range = doc.createRange();
  range.selectNodeContents(doc.body);
  return range;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Highlighter', () => {
  it('hides every highlight from the page and shows them again, keeping what it painted', () => {
    const registry = install();
    const highlighter = new Highlighter(document, { palette: HIGHLIGHT_STYLES, defaultStyle: 'highlight' });
    const first = rangeIn(document);
    highlighter.set('a', first, { start: 0, end: 5 });
    highlighter.focus('a');
    const registered = registry.size;
    expect(registered).toBeGreaterThan(1);

    highlighter.setHidden(true);
    expect(highlighter.hidden).toBe(true);
    expect(registry.size).toBe(0);
    // Still known while hidden: a later paint goes where it will show, and positions still answer.
    const second = rangeIn(document);
    highlighter.set('b', second, { start: 6, end: 9 });
    expect(highlighter.idsAt(7)).toEqual(['b']);

    highlighter.setHidden(false);
    expect(registry.size).toBe(registered);
    expect(allPainted(registry)).toEqual([first, second]);
    expect([...must(registry.get('plan-annotator-focus'))]).toEqual([first]);

    highlighter.setHidden(true);
    highlighter.destroy();
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('style[data-plan-annotator]')).toHaveLength(0);
  });

  it('paints through the highlight registry and one style element, and cleans up', () => {
    const registry = install();
    const highlighter = new Highlighter(document);
    const first = rangeIn(document);
    const second = rangeIn(document);
    highlighter.set('a', first, { start: 0, end: 5 });
    highlighter.set('b', second, { start: 3, end: 9 });
    expect(allPainted(registry)).toEqual([first, second]);
    const styles = document.querySelectorAll('style[data-plan-annotator]');
    expect(styles).toHaveLength(1);
    // Without a palette everything is painted in the one yellow, as the style "highlight".
    expect(must(styles[0]).textContent).toContain('::highlight(plan-annotator-highlight)');
    expect([...must(registry.get('plan-annotator-highlight'))]).toEqual([first, second]);

    highlighter.focus('b');
    expect([...must(registry.get('plan-annotator-focus'))]).toEqual([second]);
    highlighter.remove('b');
    expect(must(registry.get('plan-annotator-focus')).size).toBe(0);
    expect(allPainted(registry)).toEqual([first]);

    highlighter.destroy();
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('style[data-plan-annotator]')).toHaveLength(0);
  });

  it('replaces the range of an annotation set twice', () => {
    const registry = install();
    const highlighter = new Highlighter(document);
    const old = rangeIn(document);
    const moved = rangeIn(document);
    highlighter.focus('a');
    highlighter.set('a', old, { start: 0, end: 2 });
    highlighter.set('a', moved, { start: 4, end: 6 });
    expect(allPainted(registry)).toEqual([moved]);
    expect([...must(registry.get('plan-annotator-focus'))]).toEqual([moved]);
    expect(highlighter.idsAt(1)).toEqual([]);
    expect(highlighter.idsAt(5)).toEqual(['a']);
    highlighter.destroy();
  });

  it('paints an annotation in parts, and focuses, restyles and removes all of them', () => {
    const registry = install();
    const highlighter = new Highlighter(document, { palette: HIGHLIGHT_STYLES });
    const [onePage, nextPage] = [rangeIn(document), rangeIn(document)];
    highlighter.set('a', [onePage, nextPage], { start: 0, end: 9 });
    expect(allPainted(registry)).toEqual([onePage, nextPage]);
    highlighter.focus('a');
    expect([...must(registry.get('plan-annotator-focus'))]).toEqual([onePage, nextPage]);
    const style = Object.keys(HIGHLIGHT_STYLES)[0] as string;
    highlighter.setStyles([['a', style]]);
    expect([...must(registry.get(`plan-annotator-${style}`))]).toEqual([onePage, nextPage]);
    highlighter.remove('a');
    expect(allPainted(registry)).toEqual([]);
    expect(must(registry.get('plan-annotator-focus')).size).toBe(0);
    highlighter.destroy();
  });

  it('answers which annotations cover a position, innermost first', () => {
    const highlighter = new Highlighter(document);
    highlighter.set('outer', rangeIn(document), { start: 0, end: 100 });
    highlighter.set('inner', rangeIn(document), { start: 40, end: 50 });
    highlighter.set('later', rangeIn(document), { start: 60, end: 70 });
    expect(highlighter.idsAt(45)).toEqual(['inner', 'outer']);
    expect(highlighter.idsAt(50)).toEqual(['outer']);
    expect(highlighter.idsAt(60)).toEqual(['later', 'outer']);
    expect(highlighter.idsAt(100)).toEqual([]);
    highlighter.clear();
    expect(highlighter.idsAt(45)).toEqual([]);
    highlighter.destroy();
  });

  it('keeps its bookkeeping but paints nothing without the API', () => {
    const highlighter = new Highlighter(document);
    highlighter.set('a', rangeIn(document), { start: 0, end: 3 });
    highlighter.focus('a');
    expect(highlighter.idsAt(1)).toEqual(['a']);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    highlighter.destroy();
  });

  it('takes a thousand highlights in any order and still answers which cover a position', () => {
    const registry = install();
    const highlighter = new Highlighter(document);
    // Set in a scrambled order, as a batch pass settles them, then queried once at the end.
    for (let i = 0; i < 1000; i++) {
      const n = (i * 389) % 1000;
      highlighter.set(`a${n}`, rangeIn(document), { start: n * 10, end: n * 10 + 15 });
    }
    expect(allPainted(registry).length).toBe(1000);
    expect(highlighter.idsAt(5007)).toEqual(['a500']);
    expect(highlighter.idsAt(5012)).toEqual(['a501', 'a500']);
    highlighter.destroy();
  });
});

describe('Highlighter with a palette', () => {
  const palette = {
    assessed: { colour: 'rgba(46, 160, 67, 0.4)' },
    unsupported: { colour: 'rgba(200, 80, 200, 0.4)', decoration: 'underline wavy rgb(150, 40, 150)' },
    comment: { colour: 'rgba(80, 150, 255, 0.4)' },
    highlight: { colour: 'rgba(255, 214, 0, 0.45)' },
  };
  const painted = (registry: Map<string, FakeHighlight>, style: string) => [
    ...must(registry.get(`plan-annotator-${style}`)),
  ];

  it('registers one named highlight per style, the first on top, with one rule each', () => {
    const registry = install();
    const highlighter = new Highlighter(document, { palette, defaultStyle: 'highlight' });
    expect([...registry.keys()].sort()).toEqual(
      [
        'plan-annotator-assessed',
        'plan-annotator-comment',
        'plan-annotator-focus',
        'plan-annotator-highlight',
        'plan-annotator-unsupported',
      ].sort(),
    );
    const priority = (name: string) => must(registry.get(name)).priority;
    expect(priority('plan-annotator-assessed')).toBeGreaterThan(priority('plan-annotator-unsupported'));
    expect(priority('plan-annotator-unsupported')).toBeGreaterThan(priority('plan-annotator-comment'));
    expect(priority('plan-annotator-comment')).toBeGreaterThan(priority('plan-annotator-highlight'));
    expect(priority('plan-annotator-focus')).toBeGreaterThan(priority('plan-annotator-assessed'));
    const css = must(document.querySelector('style[data-plan-annotator]')).textContent ?? '';
    expect(css).toContain(
      '::highlight(plan-annotator-assessed) { background-color: rgba(46, 160, 67, 0.4); }',
    );
    expect(css).toContain('text-decoration: underline wavy rgb(150, 40, 150);');
    // The union is for reading what is painted; it has no colour of its own.
    expect(css).not.toContain('::highlight(plan-annotator)');
    highlighter.destroy();
    expect(registry.size).toBe(0);
  });

  it('paints each annotation in the highlight of its style, and moves it when its style changes', () => {
    const registry = install();
    const highlighter = new Highlighter(document, { palette, defaultStyle: 'highlight' });
    const [a, b, c] = [rangeIn(document), rangeIn(document), rangeIn(document)];
    highlighter.setStyles([
      ['a', 'assessed'],
      ['b', 'comment'],
    ]);
    highlighter.set('a', a, { start: 0, end: 5 });
    highlighter.set('b', b, { start: 6, end: 9 });
    // Made a moment ago, not yet in a list: the default style.
    highlighter.set('c', c, { start: 10, end: 12 });
    expect(painted(registry, 'assessed')).toEqual([a]);
    expect(painted(registry, 'comment')).toEqual([b]);
    expect(painted(registry, 'highlight')).toEqual([c]);
    expect(allPainted(registry)).toEqual([a, b, c]);

    // The assessment lost its evidence; c was given a comment; an unknown style falls back.
    highlighter.setStyles([
      ['a', 'unsupported'],
      ['b', 'no-such-style'],
      ['c', 'comment'],
    ]);
    expect(painted(registry, 'assessed')).toEqual([]);
    expect(painted(registry, 'unsupported')).toEqual([a]);
    expect(painted(registry, 'comment')).toEqual([c]);
    expect(painted(registry, 'highlight')).toEqual([b]);
    expect(highlighter.styleOf('b')).toBe('highlight');

    highlighter.remove('a');
    expect(painted(registry, 'unsupported')).toEqual([]);
    expect(allPainted(registry)).toEqual([b, c]);
    highlighter.destroy();
  });

  it('keeps the styles across a clear, as a repaint from scratch does', () => {
    const registry = install();
    const highlighter = new Highlighter(document, { palette, defaultStyle: 'highlight' });
    highlighter.setStyles([['a', 'assessed']]);
    highlighter.set('a', rangeIn(document), { start: 0, end: 5 });
    highlighter.clear();
    expect(painted(registry, 'assessed')).toEqual([]);
    const again = rangeIn(document);
    highlighter.set('a', again, { start: 0, end: 5 });
    expect(painted(registry, 'assessed')).toEqual([again]);
    highlighter.destroy();
  });

  it('refuses a style name that would not be a plain CSS identifier', () => {
    install();
    expect(
      () => new Highlighter(document, { palette: { 'x) {} body { color: red': { colour: 'red' } } }),
    ).toThrow(/plain style names/);
    expect(() => new Highlighter(document, { palette: {} })).toThrow(/plain style names/);
  });

  it('takes the palette the page and the sidebar legend share', () => {
    const registry = install();
    const highlighter = new Highlighter(document, { palette: HIGHLIGHT_STYLES, defaultStyle: 'highlight' });
    for (const style of Object.keys(HIGHLIGHT_STYLES))
      expect(registry.has(`plan-annotator-${style}`)).toBe(true);
    highlighter.set('a', rangeIn(document), { start: 0, end: 1 });
    expect(must(registry.get('plan-annotator-highlight')).size).toBe(1);
    highlighter.destroy();
  });
});

/** Each `::highlight` rule's declarations by highlight name, as written however a formatter laid them out. */
function rulesOf(css: string): Map<string, string> {
  const rules = new Map<string, string>();
  for (const [, name, body] of css.matchAll(/::highlight\(([a-z0-9-]+)\)\s*\{([^}]*)\}/g)) {
    const declarations = (body ?? '')
      .replace(/\s+/g, '')
      .replace(/;$/, '')
      .replace(/\d+(\.\d+)?/g, (n) => String(Number(n)));
    rules.set(name ?? '', declarations);
  }
  return rules;
}

describe('highlight rules already in the page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.replaceChildren();
    document.documentElement.style.removeProperty(HIGHLIGHT_RULES_MARKER);
  });

  it("the manifest's style sheet says what the highlighter would add", () => {
    const sheet = readFileSync('content-scripts/detect/highlights.css', 'utf8');
    expect(rulesOf(sheet)).toEqual(rulesOf(highlightRules(HIGHLIGHT_STYLES)));
    expect(rulesOf(sheet).size).toBe(Object.keys(HIGHLIGHT_STYLES).length + 1);
    expect(sheet.replace(/\s+/g, '')).toContain(`:root{${HIGHLIGHT_RULES_MARKER}:1;}`);
  });

  it('adds no style sheet of its own when the marker is on the root, and one when it is not', () => {
    install();
    new Highlighter(document, { palette: HIGHLIGHT_STYLES, rulesMarker: HIGHLIGHT_RULES_MARKER });
    expect(document.querySelectorAll('style[data-plan-annotator]')).toHaveLength(1);
    document.head.replaceChildren();
    document.documentElement.style.setProperty(HIGHLIGHT_RULES_MARKER, '1');
    new Highlighter(document, { palette: HIGHLIGHT_STYLES, rulesMarker: HIGHLIGHT_RULES_MARKER });
    expect(document.querySelectorAll('style[data-plan-annotator]')).toHaveLength(0);
  });
});
