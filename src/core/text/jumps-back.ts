/**
 * Whether a run on the same baseline as the last starts a line of its own because it jumps back to the left:
 * a call-out box or a sidebar beside the body, drawn across the page line by line with it, puts a box line
 * and a body line on one baseline, the box's first; read as one line they run together ("…councils1.1
 * Publish…"). Text on one line only moves right (a kerning pair steps back a point or so), so a step back of
 * more than three ems past where the last run ended is another line.
 */
export function jumpsBack(x: number | undefined, lastEnd: number | undefined, size: number): boolean {
  if (x === undefined || lastEnd === undefined || size <= 0) return false;
  return x < lastEnd - 3 * size;
}
