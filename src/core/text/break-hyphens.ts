/**
 * The hyphens a layout prints where it breaks a word over two lines, as a regex character class body:
 * "-" as typed; a soft hyphen (U+00AD) that an extractor left in the text; and U+2010 HYPHEN, which
 * Chromium, and so every page printed from a browser, draws at a soft hyphen it broke a line on. A
 * line that ends with one of them goes on in the next line, whatever the heading or paragraph.
 */
export const BREAK_HYPHENS = '\\-\\u00ad\\u2010';
