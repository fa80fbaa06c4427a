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
export function chartTable(
  caption: string,
  head: string,
  rows: readonly ChartRow[],
  levels: readonly ChartLevel[] = CHART_LEVELS,
): Html {
  return markup`<table class="numbers"><caption>${caption}</caption>
<thead><tr><th scope="col">${head}</th>${levels.map((level) => markup`<th scope="col">${LEVEL_NAMES[level]}</th>`)}<th scope="col">Total</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      markup`<tr><th scope="row">${row.name}</th>${levels.map((level) => markup`<td>${row.counts[level]}</td>`)}<td>${total(row.counts)}</td></tr>\n`,
  )}</tbody></table>`;
}

const COLUMN_HEIGHT = 160;

/**
 * Assessments over time: one column per month, stacked by level, its height the month's count against
 * the busiest month's. The month's name is under every column when there are few, else under each
 * January and the first.
 */
export function monthlyColumns(title: string, rows: readonly ChartRow[]): Html {
  const top = Math.max(1, ...rows.map((row) => total(row.counts)));
  const step = Math.min(60, (WIDTH - 40) / Math.max(1, rows.length));
  const width = step * 0.8;
  const base = COLUMN_HEIGHT + 10;
  const columns = rows.map((row, i) => {
    const x = 30 + i * step;
    let y = base;
    const segments = CHART_LEVELS.filter((level) => row.counts[level] > 0).map((level) => {
      const height = (row.counts[level] / top) * COLUMN_HEIGHT;
      y -= height;
      return markup`<rect class="bar l-${level}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}"><title>${row.name}: ${LEVEL_NAMES[level]}, ${row.counts[level]} of ${total(row.counts)}</title></rect>`;
    });
    const named = rows.length <= 12 || i === 0 || row.name.endsWith('-01');
    return markup`<g>${segments}${named ? markup`<text class="axis" x="${(x + width / 2).toFixed(1)}" y="${base + 16}" text-anchor="middle">${row.name}</text>` : ''}</g>`;
  });
  return markup`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${WIDTH} ${base + 24}" width="100%" xmlns="http://www.w3.org/2000/svg"><title>${title}</title><text class="axis" x="0" y="14">${top}</text><line class="frame" x1="28" y1="${base}" x2="${WIDTH}" y2="${base}"></line>${columns}</svg>`;
}
