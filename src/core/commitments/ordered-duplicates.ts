/**
 * A report may discuss a commitment out of turn and list it again where it belongs: an IRM review
 * analyses its promising commitments first ("Compromiso 9: …" before any other), then lists every
 * commitment in order in an annex. Of the occurrences of one commitment, the one chosen is moved to the
 * place where its number falls between its neighbours' when the one chosen first does not. `labels` are the
 * occurrences' labels in reading order, `keys` what makes two occurrences the same commitment, `kept` the
 * indices chosen (one per key). Labels that are not whole numbers are left as they are.
 */
export function inLabelOrder(
  labels: ReadonlyArray<string | null>,
  keys: readonly string[],
  kept: ReadonlySet<number>,
): Set<number> {
  const num = (i: number): number | null => {
    const l = labels[i];
    return l !== null && l !== undefined && /^\d{1,3}$/u.test(l) ? Number(l) : null;
  };
  const out = new Set(kept);
  const neighbours = (i: number, except: number): { before: number | null; after: number | null } => {
    let before: number | null = null;
    let after: number | null = null;
    for (const j of out) {
      if (j === except || num(j) === null) continue;
      if (j < i && (before === null || j > before)) before = j;
      if (j > i && (after === null || j < after)) after = j;
    }
    return { before: before === null ? null : num(before), after: after === null ? null : num(after) };
  };
  const fits = (i: number, except: number): boolean => {
    const n = num(i) as number;
    const { before, after } = neighbours(i, except);
    return (before === null || before < n) && (after === null || n < after);
  };
  for (const i of [...kept].sort((a, b) => a - b)) {
    if (num(i) === null || fits(i, i)) continue;
    const other = keys.findIndex((k, j) => j !== i && k === keys[i] && fits(j, i));
    if (other >= 0) {
      out.delete(i);
      out.add(other);
    }
  }
  return out;
}
