/** A label cell is narrow: each of its lines is short. */
const LABEL_LINE_MAX = 40;

/**
 * Template labels that wrap in a narrow table cell ("Lead Implementing" / "Agency/Actor", then the value on
 * the next line) are read as two lines, neither of which names the field. Where a short line and the short
 * one after it together make a label alone (`isLabel`) and the first line alone does not, the two are
 * joined into one line. The lines are returned in a new array; nothing else changes.
 */
export function joinWrappedLabels(lines: readonly string[], isLabel: (text: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    if (
      next !== undefined &&
      line.length <= LABEL_LINE_MAX &&
      next.length <= LABEL_LINE_MAX &&
      line !== '' &&
      next !== '' &&
      !isLabel(line) &&
      isLabel(`${line} ${next}`)
    ) {
      out.push(`${line} ${next}`);
      i++;
    } else out.push(line);
  }
  return out;
}

/**
 * Whether line `i` is one half of a label wrapped over two short lines (`joinWrappedLabels`): with the line
 * before it or the line after it, it makes a label that it does not make alone.
 */
export function halfOfWrappedLabel(
  lines: readonly string[],
  i: number,
  isLabel: (text: string) => boolean,
): boolean {
  const line = lines[i];
  if (line === undefined || line === '' || line.length > LABEL_LINE_MAX || isLabel(line)) return false;
  const pairs: Array<[string | undefined, string | undefined]> = [
    [lines[i - 1], line],
    [line, lines[i + 1]],
  ];
  return pairs.some(
    ([a, b]) =>
      a !== undefined &&
      b !== undefined &&
      a !== '' &&
      b !== '' &&
      a.length <= LABEL_LINE_MAX &&
      b.length <= LABEL_LINE_MAX &&
      isLabel(`${a} ${b}`),
  );
}
