// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../src/dom/highlighter.ts';
import { must } from '../../support/must.ts';

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
  it('paints through the highlight registry and one style element, and cleans up', () => {
    const registry = install();
    const highlighter = new Highlighter(document);
    const first = rangeIn(document);
    const second = rangeIn(document);
    highlighter.set('a', first, { start: 0, end: 5 });
    highlighter.set('b', second, { start: 3, end: 9 });
    expect([...must(registry.get('plan-annotator'))]).toEqual([first, second]);
    const styles = document.querySelectorAll('style[data-plan-annotator]');
    expect(styles).toHaveLength(1);
    expect(must(styles[0]).textContent).toContain('::highlight(plan-annotator)');

    highlighter.focus('b');
    expect([...must(registry.get('plan-annotator-focus'))]).toEqual([second]);
    highlighter.remove('b');
    expect(must(registry.get('plan-annotator-focus')).size).toBe(0);
    expect([...must(registry.get('plan-annotator'))]).toEqual([first]);

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
    expect([...must(registry.get('plan-annotator'))]).toEqual([moved]);
    expect([...must(registry.get('plan-annotator-focus'))]).toEqual([moved]);
    expect(highlighter.idsAt(1)).toEqual([]);
    expect(highlighter.idsAt(5)).toEqual(['a']);
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
    expect(must(registry.get('plan-annotator')).size).toBe(1000);
    expect(highlighter.idsAt(5007)).toEqual(['a500']);
    expect(highlighter.idsAt(5012)).toEqual(['a501', 'a500']);
    highlighter.destroy();
  });
});
