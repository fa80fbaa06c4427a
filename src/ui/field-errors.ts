/**
 * Field errors from parseWith name a path (`annotation.body.evidence.1.url`); a form shows each one next
 * to the field it names. Paths are compared without the record's own prefixes, so a refusal from the
 * background and one found by the form itself land in the same place.
 */
import type { FieldError } from '../core/model/validation.ts';
import { fieldErrorText } from '../i18n/field-errors.ts';

/** The path inside the body: `annotation.body.evidence.0.url` -> `evidence.0.url`. */
export function localField(field: string): string {
  return field.replace(/^annotation\./, '').replace(/^body\./, '');
}

/** Messages of the errors at `path` or inside it, in the reader's language. */
export function messagesAt(errors: readonly FieldError[], path: string): string[] {
  return errors
    .filter((e) => {
      const local = localField(e.field);
      return local === path || local.startsWith(`${path}.`);
    })
    .map((e) => fieldErrorText(e));
}
