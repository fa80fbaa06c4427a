/**
 * The plan page's chart: one stacked bar per row (the whole plan, then each theme) of how many
 * commitments stand at each completion level, drawn as SVG by hand. Each segment has a `<title>` (what
 * a pointer or a screen reader gets), the SVG names itself, and the table beside it holds the same
 * numbers. Colours come from the page's style block by class, so print and dark mode restyle it, and the
 * SVG needs no `style` attribute the page's policy would refuse.
 */
import { markup, type Html } from '../http/html.ts';
import { CHART_LEVELS, type ChartLevel } from './tracker-view.ts';

export const LEVEL_NAMES: Record<ChartLevel, string> = {
  unassessed: 'Not assessed',
  'no-evidence': 'No evidence available',
  'not-started': 'Not started',
  limited: 'Limited',
  substantial: 'Substantial',
  complete: 'Complete',
};

const WIDTH = 600;
const BAR = 22;
const GAP = 10;
const LABEL = 180;

export interface ChartRow {
  name: string;
  counts: Record<ChartLevel, number>;
}

const total = (counts: Record<ChartLevel, number>) => CHART_LEVELS.reduce((n, l) => n + counts[l], 0);

/** One bar per row, its segments in level order; a row of no commitments draws an empty frame. */
export function stackedBars(title: string, rows: readonly ChartRow[]): Html {
  const height = rows.length * (BAR + GAP) + GAP;
  const span = WIDTH - LABEL - 10;
  const bars = rows.map((row, i) => {
    const y = GAP + i * (BAR + GAP);
    const sum = total(row.counts);
    let x = LABEL;
    const segments = CHART_LEVELS.filter((level) => row.counts[level] > 0).map((level) => {
      const width = (row.counts[level] / sum) * span;
      const segment = markup`<rect class="bar l-${level}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${BAR}"><title>${row.name}: ${LEVEL_NAMES[level]}, ${row.counts[level]} of ${sum}</title></rect>`;
      x += width;
      return segment;
    });
    const name = row.name.length > 28 ? `${row.name.slice(0, 27)}…` : row.name;
    return markup`<g><text class="axis" x="${LABEL - 8}" y="${y + BAR / 2 + 5}" text-anchor="end">${name}</text><rect class="frame" x="${LABEL}" y="${y}" width="${span}" height="${BAR}"></rect>${segments}</g>`;
  });
  return markup`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${bars}</svg>`;
}

/** The legend: each level's swatch and name, as text, so the colours are not the only key. */
export function legend(): Html {
  return markup`<ul class="legend">${CHART_LEVELS.map(
    (level) =>
      markup`<li><svg width="12" height="12" aria-hidden="true"><rect class="l-${level}" width="12" height="12"></rect></svg> ${LEVEL_NAMES[level]}</li>`,
  )}</ul>`;
}

/** The same numbers as the chart, as a table. */
export function chartTable(caption: string, head: string, rows: readonly ChartRow[]): Html {
  return markup`<table class="numbers"><caption>${caption}</caption>
<thead><tr><th scope="col">${head}</th>${CHART_LEVELS.map((level) => markup`<th scope="col">${LEVEL_NAMES[level]}</th>`)}<th scope="col">Total</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      markup`<tr><th scope="row">${row.name}</th>${CHART_LEVELS.map((level) => markup`<td>${row.counts[level]}</td>`)}<td>${total(row.counts)}</td></tr>\n`,
  )}</tbody></table>`;
}
