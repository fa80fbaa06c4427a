import type { TextStyle } from './page-text.ts';

/** What the command line reads from an HTML file: enough for detection and commitments, not a DOM. */
export interface HtmlText {
  title: string;
  headings: string[];
  text: string;
  links: Array<{ href: string; text: string }>;
  lang: string | null;
  /**
   * How each stretch of `text` is marked up, as sizes a reader would see: headings by level (h1 largest),
   * `<strong>`/`<b>` as bold body text, the rest as body text. What the layout cues of the finder read.
   */
  styles: TextStyle[];
}

// Private-use marks put in place of heading and bold tags before the tags go, taken out (and turned into
// styles) once the text is final. A page that contains these code points itself only gets odd styles.
const OPEN_HEADING = /<h([1-6])\b[^>]*>/giu;
const CLOSE_HEADING = /<\/h[1-6]\s*>/giu;
const OPEN_BOLD = /<(?:strong|b)\b[^>]*>/giu;
const CLOSE_BOLD = /<\/(?:strong|b)\s*>/giu;
const MARK = /[\uE000-\uE008]/u;
const BODY_SIZE = 10;

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
  const marked = decodeEntities(
    body
      .replace(DROPPED, ' ')
      .replace(/[\uE000-\uE008]/gu, ' ')
      .replace(OPEN_HEADING, (_, level: string) => `\n${String.fromCharCode(0xe000 + Number(level))}`)
      .replace(CLOSE_HEADING, '\uE007\n')
      .replace(OPEN_BOLD, '\uE000')
      .replace(CLOSE_BOLD, '\uE008')
      .replace(CELL_END, '\t')
      .replace(BLOCK, '\n')
      .replace(TAG, ''),
  );
  const { text, styles } = unmark(marked);
  return { title, headings, text, links, lang: LANG.exec(body)?.[1] ?? null, styles };
}

/**
 * Lines tidied (a table's cells keep one tab between them), empty lines dropped, and the marks turned into
 * styles. A heading mark sets the level until its closing mark; bold marks nest as a count.
 */
function unmark(marked: string): { text: string; styles: TextStyle[] } {
  const lines: string[] = [];
  const styles: TextStyle[] = [];
  let heading = 0;
  let bold = 0;
  let cp = 0;
  for (const rawLine of marked.split('\n')) {
    const line = rawLine.replace(/[ \u00a0]+/gu, ' ').replace(/\s*\t[\t ]*/gu, '\t');
    // Runs of this line: [text, heading level, bold] in order, marks taken out.
    const runs: Array<[string, number, boolean]> = [];
    let current = '';
    for (const ch of line) {
      if (!MARK.test(ch)) {
        current += ch;
        continue;
      }
      if (current !== '') runs.push([current, heading, bold > 0]);
      current = '';
      const code = ch.charCodeAt(0) - 0xe000;
      if (code >= 1 && code <= 6) heading = code;
      else if (code === 7) heading = 0;
      else if (code === 0) bold++;
      else bold = Math.max(0, bold - 1);
    }
    if (current !== '') runs.push([current, heading, bold > 0]);
    const whole = runs.map((r) => r[0]).join('');
    const trimmed = whole.replace(/^[\t ]+|[\t ]+$/gu, '');
    if (trimmed === '') continue;
    const lineStart = cp + (lines.length > 0 ? 1 : 0);
    const lead = codePoints(whole) - codePoints(whole.replace(/^[\t ]+/u, ''));
    const length = codePoints(trimmed);
    let at = -lead;
    for (const [str, level, strong] of runs) {
      const n = codePoints(str);
      const start = Math.max(at, 0);
      const end = Math.min(at + n, length);
      if (end > start) {
        styles.push({
          start: lineStart + start,
          end: lineStart + end,
          size: level > 0 ? 24 - 2 * level : BODY_SIZE,
          font: level > 0 ? `h${level}` : strong ? 'strong' : 'body',
          em: 0,
          bold: level > 0 || strong,
        });
      }
      at += n;
    }
    cp = lineStart + length;
    lines.push(trimmed);
  }
  return { text: lines.join('\n'), styles };
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
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
