/** What commitment a passage is about: the one whose span holds the passage's start. */
export interface CommitmentSpan {
  start: number;
  end: number;
}

/**
 * The commitment (of `commitments`, in reading order, spans not overlapping) whose span contains the
 * passage `[start, end)`, judged by where the passage starts: a passage that runs on into the next
 * commitment is still about the one it began in. Null when the passage starts outside every commitment.
 */
export function commitmentAt<C extends CommitmentSpan>(
  commitments: readonly C[],
  start: number,
  end: number,
): C | null {
  if (end <= start) return null;
  let low = 0;
  let high = commitments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = commitments[middle] as C;
    if (start < candidate.start) high = middle - 1;
    else if (start >= candidate.end) low = middle + 1;
    else return candidate;
  }
  return null;
}
