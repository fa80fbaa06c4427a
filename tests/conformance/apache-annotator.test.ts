// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findQuoteMatches } from '../../src/core/anchoring/match-quote.ts';
import type { TextSpan } from '../../src/core/anchoring/span.ts';
import { DomTextModel } from '../../src/dom/text-model.ts';
import { conformanceDir, describeIfAvailable } from '../support/require-env.ts';

interface RangeInfo {
  startContainerXPath: string;
  startOffset: number;
  endContainerXPath: string;
  endOffset: number;
}

interface MatchCase<S> {
  html: string;
  selector: S;
  expected: RangeInfo[];
}

interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

interface PositionSelector {
  start: number;
  end: number;
}

interface Boundary {
  container: Node;
  offset: number;
}

function loadCases<S>(dir: string, file: string): [string, MatchCase<S>][] {
  const parsed = JSON.parse(readFileSync(join(dir, 'apache-annotator', file), 'utf8')) as {
    testCases: Record<string, MatchCase<S>>;
  };
  return Object.entries(parsed.testCases);
}

function nodeAt(doc: Document, xpath: string): Node {
  const node = doc.evaluate(xpath, doc, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
  if (!node) throw new Error(`no node at ${xpath}`);
  return node;
}

function expectedBoundaries(doc: Document, info: RangeInfo): [Boundary, Boundary] {
  return [
    { container: nodeAt(doc, info.startContainerXPath), offset: info.startOffset },
    { container: nodeAt(doc, info.endContainerXPath), offset: info.endOffset },
  ];
}

function boundariesOf(range: Range): [Boundary, Boundary] {
  return [
    { container: range.startContainer, offset: range.startOffset },
    { container: range.endContainer, offset: range.endOffset },
  ];
}

function setUp(html: string): { doc: Document; model: DomTextModel } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // The cases count the text of the whole document, <head> included.
  return { doc, model: DomTextModel.build(doc, { skip: () => false }) };
}

describeIfAvailable('Apache Annotator conformance', conformanceDir(), (dir) => {
  for (const [name, testCase] of loadCases<QuoteSelector>(dir, 'text-quote-match-cases.json')) {
    it(`TextQuoteSelector: ${name}`, () => {
      const { doc, model } = setUp(testCase.html);
      const ranges = findQuoteMatches(model.doc, testCase.selector).map((span) => model.rangeFromSpan(span));
      // Our boundary rules give exactly the containers these cases expect, so they are compared as given.
      const identify = identifyNodes(doc);
      expect(ranges.map((range) => boundariesOf(range).map(identify))).toEqual(
        testCase.expected.map((info) => expectedBoundaries(doc, info).map(identify)),
      );
    });
  }

  for (const [name, testCase] of loadCases<PositionSelector>(dir, 'text-position-match-cases.json')) {
    it(`TextPositionSelector: ${name}`, () => {
      const { doc, model } = setUp(testCase.html);
      const span: TextSpan = { start: testCase.selector.start, end: testCase.selector.end };
      const range = model.rangeFromSpan(span);
      // Apache's position matcher ends a range at the start of the following node where ours ends it in
      // the earlier node; both name the same text position, so boundaries are compared as text offsets.
      const offsets = ([start, end]: [Boundary, Boundary]): [number | null, number | null] => [
        model.spanAtPoint(start.container, start.offset),
        model.spanAtPoint(end.container, end.offset),
      ];
      expect(testCase.expected).toHaveLength(1);
      const [expected] = testCase.expected.map((info) => expectedBoundaries(doc, info));
      if (!expected) throw new Error('no expected range');
      expect(offsets(boundariesOf(range))).toEqual(offsets(expected));
      expect(offsets(boundariesOf(range))).toEqual([span.start, span.end]);
      expect(range.startContainer).toBe(expected[0].container);
      expect(range.toString()).toBe(rangeText(expected));
    });
  }
});

function rangeText([start, end]: [Boundary, Boundary]): string {
  const range = start.container.ownerDocument?.createRange();
  if (!range) throw new Error('detached boundary');
  range.setStart(start.container, start.offset);
  range.setEnd(end.container, end.offset);
  return range.toString();
}

/**
 * Boundaries as (node number in document order, offset): matchers compare DOM nodes with isEqualNode,
 * which would take two text nodes holding the same text for one another.
 */
function identifyNodes(doc: Document): (boundary: Boundary) => [number, number] {
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) nodes.push(node);
  return ({ container, offset }) => [nodes.indexOf(container), offset];
}
