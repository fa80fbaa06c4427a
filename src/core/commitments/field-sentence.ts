/**
 * A template label with no separator after it, followed by a word in lower case, opens a sentence of the
 * text and is not a field: "Lead agencies report on each milestone every quarter" names no lead agency.
 * A field prints its value after a colon or a cell border, and a value (a ministry, a date) starts with a
 * capital or a digit. `separator` is what was printed between the label and `value`.
 */
export function sentenceNotField(separator: string, value: string): boolean {
  return separator.trim() === '' && /^\p{Ll}/u.test(value.trim());
}
