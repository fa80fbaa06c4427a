/** The bounded read of a page that the always-on detector does (see index.ts). */
import { SAMPLE_LENGTH, type DocumentSample } from '../../src/core/detect/index.ts';

const MAX_HEADINGS = 40;
const MAX_HEADING_CHARS = 300;
const MAX_LINKS = 200;
const MAX_LINK_CHARS = 300;
/** Stops the walk on pages of countless empty or script nodes, whatever text it has gathered. */
const MAX_TEXT_NODES = 20_000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Elements that start a line, as in `src/core/text/html-text.ts`, so "Commitment 1:" starts its line. */
const BLOCKS = new Set(
  (
    'P DIV SECTION ARTICLE MAIN HEADER FOOTER NAV ASIDE H1 H2 H3 H4 H5 H6 LI TR TD TH BLOCKQUOTE PRE ' +
    'DD DT FIGCAPTION FORM'
  ).split(' '),
);

/** The first `SAMPLE_LENGTH` characters of the body's text, walking text nodes and stopping early. */
function textSample(document: Document): string {
  const body = document.body;
  if (!body) return '';
  // NodeFilter.SHOW_TEXT, written as its value so the walk needs no window global.
  const walker = document.createTreeWalker(body, 0x4);
  const parts: string[] = [];
  let length = 0;
  let lastParent: Element | null = null;
  let visited = 0;
  for (
    let node = walker.nextNode();
    node && length < SAMPLE_LENGTH && visited < MAX_TEXT_NODES;
    node = walker.nextNode()
  ) {
    visited++;
    const parent = node.parentElement;
    if (!parent || SKIPPED.has(parent.tagName)) continue;
    const data = (node as Text).data;
    const piece = (parent !== lastParent && BLOCKS.has(parent.tagName) ? '\n' : '') + data;
    lastParent = parent;
    parts.push(piece.slice(0, SAMPLE_LENGTH - length));
    length += piece.length;
  }
  return parts.join('');
}

/** The first `max` elements matching `selector`, without copying a long list. */
function first<E extends Element>(document: Document, selector: string, max: number): E[] {
  const found = document.querySelectorAll<E>(selector);
  const out: E[] = [];
  for (let i = 0; i < found.length && i < max; i++) out.push(found[i] as E);
  return out;
}

/**
 * What the detector reads of a page, and no more: the title, the first headings and links, and the
 * first characters of text. Kept apart from the script's start so the bench can measure it on pages.
 */
export function samplePage(document: Document): { sample: DocumentSample; anchors: HTMLAnchorElement[] } {
  const headings = first(document, 'h1, h2, h3', MAX_HEADINGS).map((h) =>
    (h.textContent ?? '').trim().slice(0, MAX_HEADING_CHARS),
  );
  const anchors = first<HTMLAnchorElement>(document, 'a[href]', MAX_LINKS);
  const links = anchors.map((a) => ({
    href: a.href,
    text: (a.textContent ?? '').trim().slice(0, MAX_LINK_CHARS),
  }));
  return {
    sample: {
      url: document.location?.href ?? '',
      title: document.title,
      headings,
      text: textSample(document),
      links,
    },
    anchors,
  };
}
