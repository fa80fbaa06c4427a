import { joinPrintedLines } from '../text/text-lines.ts';

/** A bold run-in ends with a full stop or a colon; a bold word that merely starts a sentence does not. */
const RUN_IN_END = /[.:]$/u;
/** The tail of a run-in title wrapped onto the paragraph's next line is a few words, not a sentence. */
const TAIL_MAX = 80;

/**
 * A heading found by its printed style that is in fact a bold run-in: "**1. Open the city budget by
 * neighbourhood.** The City will publish…". The line is mostly bold, so it reads as a heading, but the title
 * is only its bold part; the regular words after it open the paragraph. A run-in that wraps leaves its last
 * words in bold at the start of the next line ("**renewal.** Tenants of…"), which is printed as body text and
 * so was not read with the heading. `parts` are the heading's lines, `next` the line after them, `boldLead`
 * the text a line opens with in a bolder face than the rest (null when it has none). Returns the title cut at
 * the bold run's end (its closing stop dropped) and its last line, or null when the heading is no run-in.
 */
export function boldRunIn(
  parts: ReadonlyArray<{ line: number; text: string }>,
  next: { line: number; text: string } | null,
  boldLead: (line: number) => string | null,
): { title: string; last: number } | null {
  const done = (texts: string[], last: number): { title: string; last: number } => ({
    title: joinPrintedLines(texts.join('\n')).replace(/[.:]$/u, '').trim(),
    last,
  });
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as { line: number; text: string };
    const lead = boldLead(part.line);
    if (lead === null) continue;
    if (!RUN_IN_END.test(lead)) return null;
    return done([...parts.slice(0, k).map((p) => p.text), lead], part.line);
  }
  if (!next || parts.length === 0) return null;
  const lastText = (parts[parts.length - 1] as { text: string }).text;
  if (/[.:;!?]$/u.test(lastText)) return null;
  const tail = boldLead(next.line);
  if (tail === null || tail.length > TAIL_MAX || !RUN_IN_END.test(tail)) return null;
  return done([...parts.map((p) => p.text), tail], next.line);
}
