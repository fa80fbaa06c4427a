/**
 * Which commitment of a shared self-assessment or IRM report is which commitment of a plan, and so what
 * the government reports of it. Labels are printed differently from one document to the next ("1.1"
 * in the plan, "1" in the report, "01"), and titles are shortened or reworded a little, so the match is
 * by title first, then by label within a report that is shown to be about this plan. Pure.
 */
import type { PlanKind, PlanRecord } from './plan-record.ts';

/** What the government reports of one commitment, and in which document. */
export interface ReportedStatus {
  status: string;
  kind: Exclude<PlanKind, 'action-plan'>;
  /** The report's title. */
  source: string;
  planId: string;
}

interface Named {
  label: string | null;
  title: string;
}

/** Lower case, no accents, no punctuation, single spaces. */
export function normalisedTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Commitment 01" and "1" alike: the numbers without leading zeros, letters lower case. */
export function normalisedLabel(label: string | null): string | null {
  if (label === null) return null;
  const parts = label.toLowerCase().match(/[\p{L}]*\d+|[\p{L}]+$/gu) ?? [];
  const numbered = parts.map((p) => p.replace(/^(\p{L}*?)0+(?=\d)/u, '$1'));
  const value = numbered.filter((p) => !/^(commitment|compromiso|compromisso|engagement)$/u.test(p));
  return value.length > 0 ? value.join('.') : null;
}

const words = (title: string): Set<string> => new Set(normalisedTitle(title).split(' ').filter(Boolean));

/** Dice coefficient over the titles' words: 1 for the same words, 0 for none in common. */
export function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Titles this alike name the same commitment. */
const SAME_TITLE = 0.8;

function byTitle<T extends Named>(commitment: Named, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = SAME_TITLE;
  for (const candidate of candidates) {
    const score = titleSimilarity(commitment.title, candidate.title);
    if (score >= bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether a report is about this plan: at least two of its commitments (or all, when it has fewer) have
 * a title of the plan's. A label alone ("1") would tie every report to every plan.
 */
function isAbout(report: PlanRecord, plan: readonly Named[]): boolean {
  const needed = Math.min(2, report.commitments.length, plan.length);
  if (needed === 0) return false;
  let matched = 0;
  for (const c of report.commitments) if (byTitle(c, plan) && ++matched >= needed) return true;
  return false;
}

/**
 * For each commitment of `plan` (in order), what the newest report about it says, or null. Reports are
 * the group's shared self-assessments and IRM reports; anything else among `records` is ignored.
 */
export function reportedStatuses(
  plan: readonly Named[],
  records: readonly PlanRecord[],
): (ReportedStatus | null)[] {
  const reports = records
    .filter((r) => r.kind !== 'action-plan' && isAbout(r, plan))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  return plan.map((commitment) => {
    for (const report of reports) {
      const reported = report.commitments.filter((c) => c.reportedStatus);
      const label = normalisedLabel(commitment.label);
      const found =
        byTitle(commitment, reported) ??
        (label === null ? undefined : reported.find((c) => normalisedLabel(c.label) === label));
      if (found?.reportedStatus) {
        return {
          status: found.reportedStatus,
          kind: report.kind as ReportedStatus['kind'],
          source: report.title,
          planId: report.id,
        };
      }
    }
    return null;
  });
}
