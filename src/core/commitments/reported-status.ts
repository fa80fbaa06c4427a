import { fieldOf } from './template-fields.ts';

/**
 * The completion or status a self-assessment or IRM report prints for a commitment: "Completion:
 * Substantial", "Status: complete", "Nível de cumprimento: Limitado", "Avance: limitado". The first such
 * field among the commitment's lines, its value as printed (up to the first sentence break).
 */
export function reportedStatus(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const field = fieldOf(lines[i] as string);
    if (field?.kind !== 'status') continue;
    const value = field.value !== '' ? field.value : (lines[i + 1] ?? '').trim();
    const printed = value.split(/[.;(]|\s[–—-]\s/u)[0]?.trim() ?? '';
    // A status is a word or a few; a sentence is commentary on the status.
    if (printed !== '' && printed.split(/\s+/u).length <= 4) return printed;
  }
  return null;
}
