/**
 * The always-on detector, declared in manifest.json for plan-like government hosts only. It reads a
 * bounded sample of the page (title, a few headings, links, the first 20,000 characters of text),
 * asks `src/core/detect` what the page is, tells the background once, and puts an "Annotate" button
 * after each link to a plan's PDF. No network, no zod: it must stay a few kilobytes (see
 * tests/e2e/detect-size.test.ts).
 */
import { detectDocument, looksLikePlanPdfLink } from '../../src/core/detect/index.ts';
import type { RequestMessage } from '../../src/messaging/protocol.ts';
import { samplePage } from './page-sample.ts';

const MAX_REASONS = 10;
const HOST_TAG = 'plan-annotator-pdf-link';

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
  // Words in the browser's language (_locales); the detector stays free of any i18n library.
  button.textContent = chrome.i18n.getMessage('detectAnnotate');
  button.setAttribute('aria-label', chrome.i18n.getMessage('detectAnnotateLabel'));
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

function run(): void {
  const { sample, anchors } = samplePage(document);
  const links = sample.links ?? [];
  const detection = detectDocument(sample);
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
      reasons: detection.reasons.slice(0, MAX_REASONS),
      planPdfLinks,
    },
  });
}

run();
