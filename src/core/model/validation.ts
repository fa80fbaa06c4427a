import type { z } from 'zod';
import { FIELD_MESSAGES, fieldMessageSource, type FieldMessageCode } from './field-messages.ts';

export { FIELD_MESSAGES, type FieldMessageCode };

/**
 * A refusal that names the field at fault, e.g. `body.tags.2: a tag is empty`. `message` is English
 * (what the server answers); `code` and `params` say which core message it is, so the extension can
 * show it in the reader's language. Zod's own messages (a wrong type, a missing field) have no code.
 */
export interface FieldError {
  field: string;
  message: string;
  code?: FieldMessageCode;
  /** The values written into the message's `$1`…, e.g. the allowed values of a closed list. */
  params?: string[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** `{field, message}` with the code and parameters of the message when it is one of the core's. */
function fieldError(field: string, message: string): FieldError {
  const source = fieldMessageSource(message);
  if (!source) return { field, message };
  return source.params
    ? { field, message, code: source.code, params: [...source.params] }
    : { field, message, code: source.code };
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.flatMap((issue) => {
      const at = issue.path.map(String).join('.');
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => fieldError(at ? `${at}.${key}` : key, FIELD_MESSAGES.unknownField));
      }
      return [fieldError(at || '(record)', issue.message)];
    }),
  };
}

export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}
