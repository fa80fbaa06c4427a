/**
 * The always-on detector, declared in manifest.json for plan-like government hosts only. It reads a
 * bounded sample of the page (title, a few headings, links, the first 20,000 characters of text),
 * asks `src/core/detect` what the page is, tells the background once, and puts an "Annotate" button
 * after each link to a plan's PDF. No network, no zod: it must stay a few kilobytes (see
 * tests/e2e/detect-size.test.ts).
 */
import { detectDocument, looksLikePlanPdfLink, SAMPLE_LENGTH } from '../../src/core/detect/index.ts';
import type { RequestMessage } from '../../src/messaging/protocol.ts';

const MAX_HEADINGS = 40;
const MAX_HEADING_CHARS = 300;
const MAX_LINKS = 200;
const MAX_LINK_CHARS = 300;
/** Stops the walk on pages of countless empty or script nodes, whatever text it has gathered. */
const MAX_TEXT_NODES = 20_000;
const MAX_REASONS = 10;
const MAX_REASON_CHARS = 200;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Elements that start a line, as in `src/core/text/html-text.ts`, so "Commitment 1:" starts its line. */
const BLOCKS = new Set(
  (
    'P DIV SECTION ARTICLE MAIN HEADER FOOTER NAV ASIDE H1 H2 H3 H4 H5 H6 LI TR TD TH BLOCKQUOTE PRE ' +
    'DD DT FIGCAPTION FORM'
  ).split(' '),
);
const HOST_TAG = 'plan-annotator-pdf-link';

/** The first `SAMPLE_LENGTH` characters of the body's text, walking text nodes and stopping early. */
function textSample(): string {
  const body = document.body;
  if (!body) return '';
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
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

function send(message: RequestMessage): void {
  // The extension may have been reloaded under the page; there is nobody to tell then.
  chrome.runtime.sendMessage(message).catch(() => undefined);
}

/** A small "Annotate" button after a plan PDF link, in a closed shadow root the page cannot script. */
function offerViewer(link: HTMLAnchorElement, url: string): void {
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent =
    'button{margin-inline-start:.4em;padding:0 .5em;font:600 12px/1.6 system-ui,sans-serif;' +
    'color:#fff;background:#1d4ed8;border:0;border-radius:3px;cursor:pointer}' +
    'button:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Annotate';
  button.setAttribute('aria-label', 'Annotate this plan PDF in Plan Annotator');
  button.addEventListener('click', (event) => {
    // Only a person's click opens the viewer; the page cannot reach this button anyway.
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    send({ type: 'viewer.open', payload: { url } });
  });
  root.append(style, button);
  link.after(host);
}

/** The first `max` elements matching `selector`, without copying a long list. */
function first<E extends Element>(selector: string, max: number): E[] {
  const found = document.querySelectorAll<E>(selector);
  const out: E[] = [];
  for (let i = 0; i < found.length && i < max; i++) out.push(found[i] as E);
  return out;
}

function run(): void {
  const headings = first('h1, h2, h3', MAX_HEADINGS).map((h) =>
    (h.textContent ?? '').trim().slice(0, MAX_HEADING_CHARS),
  );
  const anchors = first<HTMLAnchorElement>('a[href]', MAX_LINKS);
  const links = anchors.map((a) => ({
    href: a.href,
    text: (a.textContent ?? '').trim().slice(0, MAX_LINK_CHARS),
  }));
  const detection = detectDocument({
    url: location.href,
    title: document.title,
    headings,
    text: textSample(),
    links,
  });
  let planPdfLinks = 0;
  anchors.forEach((anchor, i) => {
    const link = links[i];
    if (!link || !/^https?:/.test(link.href) || !looksLikePlanPdfLink(link.href, link.text)) return;
    planPdfLinks++;
    offerViewer(anchor, link.href);
  });
  send({
    type: 'detect.report',
    payload: {
      kind: detection.kind,
      score: detection.score,
      language: detection.language,
      reasons: detection.reasons.slice(0, MAX_REASONS).map((r) => r.slice(0, MAX_REASON_CHARS)),
      planPdfLinks,
    },
  });
}

run();
