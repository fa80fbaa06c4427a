/** What the command line reads from an HTML file: enough for detection and commitments, not a DOM. */
export interface HtmlText {
  title: string;
  headings: string[];
  text: string;
  links: Array<{ href: string; text: string }>;
  lang: string | null;
}

const DROPPED = /<(script|style|noscript|template|svg|head)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const COMMENT = /<!--[\s\S]*?-->/gu;
const BLOCK =
  /<\/?(?:p|div|section|article|main|header|footer|nav|aside|h[1-6]|li|ul|ol|tr|table|thead|tbody|blockquote|pre|br|hr|dd|dt|dl|figure|figcaption|form)\b[^>]*>/giu;
const TAG = /<[^>]*>/gu;
/** A table cell ends with a tab, so that a template's label and value do not run together. */
const CELL_END = /<\/t[dh]\s*>/giu;
const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/giu;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/iu;
const LINK = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/giu;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/iu;
const LANG = /<html\b[^>]*\blang\s*=\s*["']?([A-Za-z-]+)/iu;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A small, careful tag stripper: drops scripts, styles and comments, turns block elements into line
 * breaks and decodes entities. It never builds markup, so hostile pages can only produce odd text.
 */
export function htmlText(html: string): HtmlText {
  const body = html.replace(COMMENT, ' ');
  const title = plain(TITLE.exec(body)?.[1] ?? '');
  const headings = [...body.matchAll(HEADING)].map((m) => plain(m[2] ?? '')).filter((h) => h !== '');
  const links = [...body.matchAll(LINK)].map((m) => {
    const href = HREF.exec(m[1] ?? '');
    return { href: decodeEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? ''), text: plain(m[2] ?? '') };
  });
  const text = decodeEntities(
    body.replace(DROPPED, ' ').replace(CELL_END, '\t').replace(BLOCK, '\n').replace(TAG, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0]+/gu, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return { title, headings, text, links, lang: LANG.exec(body)?.[1] ?? null };
}

function plain(fragment: string): string {
  return decodeEntities(fragment.replace(TAG, ' ')).replace(/\s+/gu, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
