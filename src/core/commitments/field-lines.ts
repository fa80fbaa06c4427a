import type { TextLine } from '../text/text-lines.ts';
import { sameHeadingLook } from './find-commitments.ts';
import { CONTINUES } from './heading-forms.ts';
import type { Layout } from './layout-cues.ts';
import { fieldOf, type FieldLine } from './template-fields.ts';

/** Longest line that may be the first half of a label wrapped in a narrow table cell. */
const WRAPPED_LABEL = 40;

/**
 * The template field of each line. A label wrapped in a narrow table cell ("Lead implementing" /
 * "agency") is read over its two lines and counts on the first. A bare one-word label that ends a wrapped
 * heading ("… que contratan con el" / "Estado") is the heading's last word, not a field: it is printed in
 * the heading's style, after a line that ends mid-phrase or alone on its line.
 */
export function fieldLines(
  lines: readonly TextLine[],
  furniture: ReadonlySet<number>,
  layout: Layout | null,
): Array<FieldLine | null> {
  const fields: Array<FieldLine | null> = lines.map(() => null);
  let previous = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TextLine;
    if (furniture.has(i) || l.clean === '') continue;
    const above = previous;
    previous = i;
    let field = fieldOf(l.clean);
    if (!field && l.clean.length <= WRAPPED_LABEL) field = wrappedLabel(lines, furniture, i);
    if (!field) continue;
    const bare = field.value === '' && !/:\s*$/u.test(l.clean) && above >= 0;
    if (
      bare &&
      sameHeadingLook(layout, above, i) &&
      !fieldOf((lines[above] as TextLine).clean) &&
      (!/\s/u.test(l.clean) || CONTINUES.test((lines[above] as TextLine).clean))
    ) {
      continue;
    }
    fields[i] = field;
  }
  return fields;
}

/** The label of a field printed over this line and the next (a narrow cell wraps it); null for none. */
function wrappedLabel(
  lines: readonly TextLine[],
  furniture: ReadonlySet<number>,
  at: number,
): FieldLine | null {
  let j = at + 1;
  while (j < lines.length && ((lines[j] as TextLine).clean === '' || furniture.has(j))) j++;
  const next = lines[j]?.clean ?? '';
  if (next === '' || next.length > WRAPPED_LABEL || !/^\p{Ll}/u.test(next)) return null;
  const field = fieldOf(`${(lines[at] as TextLine).clean} ${next}`);
  // Only the label is wrapped: the value starts on a line of its own.
  return field && field.value === '' ? field : null;
}
