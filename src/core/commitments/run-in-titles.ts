import type { Candidate } from './find-commitments.ts';
import type { TextLine } from '../text/text-lines.ts';
import { skippable, titleFrom, type Structure } from './structure-lines.ts';

/** A run-in title: a capital, a few words, a full stop; not a label and its colon. */
const RUN_IN = /^(\p{Lu}[^:]{2,200}?[^\s.])\.$/u;

/**
 * Commitments printed as unnumbered bold run-ins, each opening its paragraph ("**Registo aberto de
 * beneficiários efetivos.** O compromisso responde…"). Other paragraphs of the plan open the same way
 * ("**Plano anterior.**", "**Metodologia.**"), so the run-ins are offered part by part: those under each
 * section heading (the largest heading style printed more than once), and all of them. The plan's stated
 * count chooses among them (`chooseStructure`); without one, none is taken.
 */
export function runInLevels(s: Structure): Candidate[][] {
  const layout = s.layout;
  if (!layout) return [];
  const all: Candidate[] = [];
  for (let i = 0; i < s.lines.length; i++) {
    if (skippable(s, i) || s.fields[i]) continue;
    const lead = layout.boldLead(i);
    const m = lead === null ? null : RUN_IN.exec(lead);
    if (!m) continue;
    all.push({ form: 'numbered', label: null, title: m[1] as string, line: i, lastLine: i });
  }
  if (all.length < 2) return [];
  // The section level: the largest heading style printed at least twice.
  // A heading wrapped over lines counts once.
  const counts = new Map<number, number>();
  let previous = 0;
  for (let i = 0; i < s.lines.length; i++) {
    if (skippable(s, i)) continue;
    const r = layout.rank[i] ?? 0;
    if (r > 0 && r !== previous) counts.set(r, (counts.get(r) ?? 0) + 1);
    previous = r;
  }
  const sectionRank = [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => a[0] - b[0])[0]?.[0];
  if (sectionRank === undefined) return [all];
  // Each run-in's part, and its theme: the heading below the section level printed last above it.
  const parts = new Map<number, Candidate[]>();
  let section = -1;
  let theme: string | null = null;
  let k = 0;
  for (let i = 0; i < s.lines.length && k < all.length; i++) {
    const c = all[k] as Candidate;
    const r = layout.rank[i] ?? 0;
    if (c.line === i) {
      c.theme = theme;
      const list = parts.get(section) ?? [];
      list.push(c);
      parts.set(section, list);
      k++;
    } else if (r === sectionRank && !skippable(s, i)) {
      section = i;
      theme = null;
    } else if (r > sectionRank && !skippable(s, i)) {
      const heading = titleFrom(s, i, (s.lines[i] as TextLine).clean);
      theme = heading.title;
      i = heading.last;
    }
  }
  const levels = [...parts.values()].filter((l) => l.length >= 2 && l.length < all.length);
  return [all, ...levels];
}
