/**
 * Leaders: what a contents page prints between an entry and its page number. Dots run together
 * ("……" or "....") or spaced one from the next (". . . ." — Word's and LaTeX's dotted tab leaders, and
 * what a browser prints from a row of ". "), dashes or underscores. Spaced dots need three at least, so a
 * sentence's full stop before a number ("… in 2025. 3") is no leader.
 */
export const SPACED_DOTS_SOURCE = String.raw`\.(?:[ \u00a0]\.){2,}`;
const DOTS = String.raw`(?:\.{3,}|${SPACED_DOTS_SOURCE}|…{2,})`;

/** Any leaders, dashes included (a contents line's end; dashes alone also rule lines off). */
export const LEADERS_SOURCE = String.raw`(?:${DOTS}|-{3,}|_{3,})`;

/** Dots or underscores, then a page number, at the end of a line: a contents entry's end for certain. */
export const LEADERS_THEN_PAGE = new RegExp(String.raw`(?:${DOTS}|_{3,})\s*\d{1,3}\s*$`, 'u');
