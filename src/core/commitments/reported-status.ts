import { fieldOf } from './template-fields.ts';

const STATUS_WORD =
  /\b(?:not started|limited|substantial|completed?|no iniciado|limitado|sustancial|completo|n[aã]o iniciado|substancial|conclu[ií]do|non commenc[eé]|limit[eé]|substantiel|achev[eé]|termin[eé])(?!\p{L})/giu;

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
    // A status is a word or a few; a sentence is commentary on the status. A scale printed whole
    // ("Not started Limited Substantial Complete", its tick lost in extraction) reports nothing.
    const levels = printed.match(STATUS_WORD)?.length ?? 0;
    if (printed !== '' && printed.split(/\s+/u).length <= 4 && levels <= 1) return printed;
  }
  return null;
}
