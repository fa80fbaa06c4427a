import type { TextRun } from './page-text.ts';

/**
 * A page whose text is drawn turned: portrait paper shown landscape by a /Rotate entry, its lines drawn a
 * quarter turn so they read across the page as shown. pdf.js gives each run's position on the paper, so a
 * line's runs share an x rather than a baseline, and every cell of a table row sits at a height of its own.
 * When most of a page's text runs in one turned direction, each run is given the position it has on the page
 * as a reader sees it, upright: its baseline across, its height up, in the same units. Returns null when the
 * page reads upright already (nothing to do: the common case costs one look at each run). The runs
 * returned are copies, index for index with those given.
 */
export function uprightRuns<R extends TextRun>(runs: readonly R[]): R[] | null {
  let turned = 0;
  let upright = 0;
  let cos = 0;
  let sin = 0;
  for (const run of runs) {
    const t = run.transform;
    if (!t || run.str.trim() === '') continue;
    const [a = 0, b = 0] = t;
    if (Math.abs(b) <= Math.abs(a) * 0.1) {
      if (a > 0) upright++;
      continue;
    }
    turned++;
    cos += a;
    sin += b;
  }
  if (turned === 0 || turned <= 2 * upright) return null;
  const len = Math.hypot(cos, sin);
  const c = cos / len;
  const s = sin / len;
  // Turning every position back by the text's own angle puts the baselines level: x along the line, y up.
  return runs.map((run) => {
    const t = run.transform;
    if (!t || t[4] === undefined || t[5] === undefined) return run;
    const [a = 0, b = 0, tc = 0, d = 0, x, y] = t;
    const turn = (u: number, v: number): [number, number] => [u * c + v * s, v * c - u * s];
    const [na, nb] = turn(a, b);
    const [nc, nd] = turn(tc, d);
    const [nx, ny] = turn(x, y);
    return { ...run, transform: [na, nb, nc, nd, nx, ny] };
  });
}
