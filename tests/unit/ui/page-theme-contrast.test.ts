/**
 * The tokens of src/ui/page-theme.css meet WCAG AA for text (4.5:1) in the pairs the pages use them in,
 * light and dark: a token changed to a paler shade fails here before it fails a reader.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const CSS = readFileSync(new URL('../../../src/ui/page-theme.css', import.meta.url), 'utf8');

/** The `--name: #rrggbb` declarations of a block of the file. */
function tokens(block: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)) {
    found[match[1] as string] = (match[2] as string).toLowerCase();
  }
  return found;
}

const darkStart = CSS.indexOf('@media (prefers-color-scheme: dark)');
const light = tokens(CSS.slice(0, darkStart));
const dark = { ...light, ...tokens(CSS.slice(darkStart)) };

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text token on background token, as the popup, settings, viewer and sidebar draw them. */
const PAIRS: [string, string][] = [
  ['text', 'surface'],
  ['text', 'surface-alt'],
  ['text', 'accent-soft'],
  ['muted', 'surface'],
  ['muted', 'surface-alt'],
  ['muted', 'accent-soft'],
  ['accent', 'surface'],
  ['accent', 'surface-alt'],
  ['accent-text', 'accent'],
  ['accent-text', 'accent-hover'],
  ['danger', 'surface'],
  ['danger', 'danger-soft'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('page-theme.css, %s', (_name, palette) => {
  test.each(PAIRS)('%s on %s is at least 4.5:1', (text, background) => {
    const fg = palette[text];
    const bg = palette[background];
    expect(fg, `--${text}`).toBeDefined();
    expect(bg, `--${background}`).toBeDefined();
    expect(contrast(fg as string, bg as string)).toBeGreaterThanOrEqual(4.5);
  });
});
