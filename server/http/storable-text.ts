import type { FieldError } from '../../src/core/model/validation.ts';

const MAX_DEPTH = 64;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text PostgreSQL cannot store: NUL (refused by `text` and `jsonb`) and lone UTF-16 surrogates (which
 * would silently become U+FFFD on the way in). Found in any request body before a handler sees it, so
 * that such input is a 400 naming the field rather than a database error. Also refuses absurd nesting.
 */
export function unstorableText(value: unknown, path = 'body', depth = 0): FieldError | null {
  if (depth > MAX_DEPTH) return { field: path, message: `is nested more than ${MAX_DEPTH} levels deep` };
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field: path, message: 'holds a NUL character' };
    if (LONE_SURROGATE.test(value)) return { field: path, message: 'holds a lone UTF-16 surrogate' };
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = unstorableText(key, `${path}.(key)`, depth + 1);
    if (keyProblem) return keyProblem;
    const problem = unstorableText(item, `${path}.${key}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}
