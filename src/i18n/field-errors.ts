/**
 * A field error in the reader's language. The core's messages carry a code (src/core/model/field-messages.ts);
 * one that crossed the network as English text alone is recognised by that text. Anything else (zod's own
 * words, a server's other refusals) is shown as it came, in English.
 */
import { FIELD_MESSAGES, fieldMessageSource, type FieldMessageCode } from '../core/model/field-messages.ts';
import type { FieldError } from '../core/model/validation.ts';
import { formatNumber, t } from './messages.ts';

function isKnown(code: string): code is FieldMessageCode {
  return Object.hasOwn(FIELD_MESSAGES, code);
}

/** The message of `e` for the reader: `field_<code>` with its parameters, or the English message. */
export function fieldErrorText(e: Pick<FieldError, 'message' | 'code' | 'params'>): string {
  const source =
    e.code !== undefined && isKnown(e.code)
      ? { code: e.code, params: e.params }
      : fieldMessageSource(e.message);
  if (!source) return e.message;
  // A limit is written the locale's way (20 000, 20.000); a list of allowed values stays as stored.
  const params = (source.params ?? []).map((p) => (/^\d+$/.test(p) ? formatNumber(Number(p)) : p));
  return t(`field_${source.code}`, ...params);
}
