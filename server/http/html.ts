/**
 * HTML built by construction: `markup` is a tagged template whose every interpolated value is escaped,
 * unless it is itself `Html` made by `markup` (or a list of them). No other way makes `Html`, so a user's
 * text can only ever reach a page as text. (Not named `html`: Prettier would reformat such templates,
 * changing the text of a style block whose hash the page's policy names.)
 */
import { createHash } from 'node:crypto';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in element content and in a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const MARK = Symbol('html');

export interface Html {
  readonly [MARK]: true;
  readonly text: string;
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function isHtml(value: unknown): value is Html {
  return typeof value === 'object' && value !== null && MARK in value;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  if (isHtml(value)) return value.text;
  return escapeHtml(String(value));
}

export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, i) => {
    text += render(value) + (strings[i + 1] ?? '');
  });
  return { [MARK]: true, text };
}

/**
 * The Content-Security-Policy of a server page whose only resource is one inline style block: nothing
 * loads or runs but that block, allowed by its hash; forms post nowhere unless `forms` is `'self'`.
 * The style must need no escaping, so the hash is of the very text the page sends.
 */
export function styleOnlyPolicy(style: string, forms: "'none'" | "'self'" = "'none'"): string {
  if (escapeHtml(style) !== style) throw new Error('a page style must need no escaping');
  return [
    "default-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`,
    "base-uri 'none'",
    `form-action ${forms}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
