/**
 * The page an annotation's link opens (`GET /a/<id>`) in a browser without the extension: the quote, the
 * comment, who wrote it and a link to the document. Every user string goes through `markup`, which
 * escapes it; the page runs no script, and its one style block is allowed by hash (see `PAGE_CSP`).
 * With the extension, the page is never read: the extension knows the link by its address and opens the
 * document instead. The annotation's id and document address are still on the page (`meta` and
 * `data-` attributes) for other tools.
 */
import { fragmentSelectorOf, quoteSelectorOf, type Annotation } from '../../src/core/model/annotation.ts';
import { pageOfFragment } from '../../src/core/model/selectors.ts';
import { WebUrlSchema } from '../../src/core/model/web-url.ts';
import { markup, styleOnlyPolicy, type Html } from '../http/html.ts';

const STYLE = [
  ':root { color-scheme: light dark; --ink: #1d2327; --muted: #5f6b73; --line: #d5dbe0; --accent: #0b5fab; --paper: #fff; }',
  '@media (prefers-color-scheme: dark) { :root { --ink: #e8ecef; --muted: #a7b2ba; --line: #3a444c; --accent: #7fb8f0; --paper: #161b1f; } }',
  'body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: var(--paper); }',
  'main { max-width: 42rem; margin: 3rem auto; padding: 0 1.25rem; }',
  'h1 { font-size: 1.25rem; margin: 0 0 0.25rem; }',
  '.meta { color: var(--muted); margin: 0 0 1.5rem; font-size: 0.9rem; }',
  'blockquote { margin: 0 0 1.25rem; padding: 0.5rem 1rem; border-left: 4px solid #f2c94c; background: rgba(242, 201, 76, 0.15); }',
  '.comment { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 1.25rem; }',
  '.tags { list-style: none; padding: 0; margin: 0 0 1.25rem; display: flex; flex-wrap: wrap; gap: 0.4rem; }',
  '.tags li { border: 1px solid var(--line); border-radius: 999px; padding: 0 0.6rem; font-size: 0.85rem; }',
  'a { color: var(--accent); }',
  '.open { display: inline-block; padding: 0.5rem 1rem; border: 1px solid var(--accent); border-radius: 6px; text-decoration: none; }',
  '.hint { color: var(--muted); font-size: 0.9rem; border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; }',
].join('\n');

/** The page's policy: nothing loads or runs but its own style block. */
export const PAGE_CSP = styleOnlyPolicy(STYLE);

const EXTENSION_HINT =
  'With the Plan Annotator extension signed in to this server, this link opens the document at the passage.';

/** A whole page of this server's: its head, the one style block `PAGE_CSP` allows, and `main`. */
export function page(title: string, main: Html, meta: Html = markup``): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${meta}<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${main}
</body>
</html>
`.text;
}

/** The document's address when a browser can open it (http or https); a PDF's key is not one. */
export function openableAddress(source: string): string | null {
  return WebUrlSchema.safeParse(source).success ? source : null;
}

export interface PageAnnotation {
  annotation: Annotation;
  creatorName: string | null;
}

/** The page of a public (or, with a token, otherwise readable) annotation. */
export function annotationPage({ annotation, creatorName }: PageAnnotation): string {
  const fragment = fragmentSelectorOf(annotation.target);
  const quote = quoteSelectorOf(annotation.target)?.exact ?? fragment?.refinedBy?.exact;
  // A PDF is known by its fingerprint; the address it was read at, when the annotation kept one.
  const pdfAddress = annotation.document.address && openableAddress(annotation.document.address);
  const address =
    openableAddress(annotation.target.source) ??
    (pdfAddress ? `${pdfAddress.split('#')[0]}${fragment ? `#${fragment.value}` : ''}` : null);
  const title = annotation.document.title.trim() || address || 'A PDF document';
  const where = fragment ? `, page ${pageOfFragment(fragment)}` : '';
  const { comment, tags } = annotation.body;
  const meta = markup`<meta name="plan-annotator:annotation" content="${annotation.id}">
${address ? markup`<meta name="plan-annotator:document" content="${address}">\n` : ''}`;
  const main = markup`<main data-annotation-id="${annotation.id}" data-document-url="${address ?? ''}">
<h1>${title}</h1>
<p class="meta">${creatorName ? `${creatorName}, ` : ''}<time datetime="${annotation.created}">${annotation.created.slice(0, 10)}</time>${where}</p>
${quote ? markup`<blockquote data-testid="quote">${quote}</blockquote>\n` : ''}${comment ? markup`<p class="comment" data-testid="comment">${comment}</p>\n` : ''}${
    tags.length > 0 ? markup`<ul class="tags">${tags.map((tag) => markup`<li>${tag}</li>`)}</ul>\n` : ''
  }${
    address
      ? markup`<p><a class="open" data-testid="document-link" href="${address}" rel="noopener noreferrer">Open the document</a></p>`
      : markup`<p>The document is a PDF: open it in Plan Annotator's viewer to see this passage.</p>`
  }
<p class="hint">${EXTENSION_HINT}</p>
</main>`;
  return page(`${quote ? `“${quote.slice(0, 80)}”` : 'Annotation'} · Plan Annotator`, main, meta);
}

/**
 * The one page for every link that shows nothing: an unknown id, a deleted or hidden annotation, and one
 * this visitor may not read (private, or a group's), so the answer never tells which.
 */
export function unavailablePage(): string {
  return page(
    'Annotation not available · Plan Annotator',
    markup`<main>
<h1>This annotation is not available here</h1>
<p>It does not exist, was deleted, or is not public.</p>
<p class="hint">If it was shared with you in a group, open this link in a browser where the Plan Annotator extension is signed in to this server: it opens the document at the passage.</p>
</main>`,
  );
}
