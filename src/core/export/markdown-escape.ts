/**
 * Making user text inert in a Markdown report, whatever renderer opens it (GitHub, an editor preview, a
 * static site with raw HTML on). Plain text (quotes, titles, tags) loses all Markdown meaning; a comment
 * keeps its Markdown but not raw HTML and not links other than http and https.
 */

/**
 * Characters with Markdown or HTML meaning anywhere in a line. CommonMark lets a backslash make any ASCII
 * punctuation literal; escaping only these keeps a report readable as plain text too. `(`, `)`, `:` and
 * quotes mean something only after a `]` or inside `<...>`, both escaped here.
 */
const INLINE_SIGNIFICANT = /[\\`*_[\]<>&|~#!]/g;

/** What starts a list, a heading underline or a thematic break, only at the start of a line. */
const LINE_START = /^([ \t]*)(?:([-+=])|(\d{1,9})([.)]))/;

/** Text shown as itself: nothing in it is Markdown or HTML. One line; see `escapeMarkdownLine`. */
export function escapeMarkdownText(text: string): string {
  const inline = text.replace(INLINE_SIGNIFICANT, '\\$&');
  return inline.replace(
    LINE_START,
    (
      _m,
      space: string,
      mark: string | undefined,
      digits: string | undefined,
      delimiter: string | undefined,
    ) => (mark ? `${space}\\${mark}` : `${space}${digits ?? ''}\\${delimiter ?? ''}`),
  );
}

/** For headings, list items and table cells: one line, escaped. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownText(text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim());
}

/** Only http and https pass; the URL parser judges the scheme as a browser would (`JaVa\tScript:` too). */
export function isWebLink(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link destination the report may print: http(s) only, percent-encoded, inside `<...>`. */
export function markdownDestination(href: string): string | null {
  if (!isWebLink(href)) return null;
  // URL.href percent-encodes spaces, `<`, `>` and quotes, so the address cannot leave its brackets.
  return `<${new URL(href).href.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))}>`;
}

/**
 * The place after a link's text (`](` inline, `]:` in a reference definition) and, when the destination is
 * an http(s) address, that address: bare, or whole in `<...>` (which then holds no `<` to escape).
 */
const LINK_OPENING = /\]([(:])([ \t]*(?:\r?\n[ \t]*)?)(<https?:\/\/[^<>\r\n]*>|https?:\/\/)?/gi;

/** `<` as an entity: no HTML tag, HTML block or autolink (`<javascript:...>`) can start. */
function escapeAngle(text: string): string {
  return text.replace(/</g, '&lt;');
}

/**
 * A comment's Markdown with raw HTML and non-web links neutralised. An inline link or reference definition
 * whose destination is not an http(s) address has its `(` or `:` written as an entity, which Markdown shows
 * as the same character but never reads as link syntax. Allowlisting the destination's start (rather than
 * listing bad schemes) also covers `java\script:`, entities, `data:` and whatever comes next.
 */
export function neutraliseMarkdown(markdown: string): string {
  let out = '';
  let last = 0;
  for (const match of markdown.matchAll(LINK_OPENING)) {
    const [whole, opener, space, web] = match;
    out += escapeAngle(markdown.slice(last, match.index));
    out += web ? whole : `]${opener === '(' ? '&#40;' : '&#58;'}${space}`;
    last = match.index + whole.length;
  }
  return out + escapeAngle(markdown.slice(last));
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A comment that opens a code fence and never closes it would turn the rest of the report into code;
 * close it at the end of the comment, as CommonMark would at the end of a document.
 */
export function closeOpenFence(markdown: string): string {
  let fence: string | null = null;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (fence === null) {
      fence = FENCE_OPEN.exec(line)?.[1] ?? null;
    } else {
      const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (closing.test(line)) fence = null;
    }
  }
  return fence === null ? markdown : `${markdown}\n${fence}`;
}
