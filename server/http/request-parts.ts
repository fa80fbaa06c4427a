import type { z } from 'zod';
import { describeErrors, parseWith } from '../../src/core/model/validation.ts';
import { HttpError } from './http-error.ts';

/** The value, or a 400 naming each field at fault, prefixed with where it was (`body`, `query`, `path`). */
export function parsePart<S extends z.ZodType>(where: string, schema: S, input: unknown): z.infer<S> {
  const parsed = parseWith(schema, input);
  if (parsed.ok) return parsed.value;
  const fields = parsed.errors.map((e) => ({ field: `${where}.${e.field}`, message: e.message }));
  throw new HttpError(400, describeErrors(fields), { fields });
}
