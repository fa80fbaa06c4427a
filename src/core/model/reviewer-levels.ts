/**
 * Where reviewers disagree on a commitment: one definition for the sidebar's summary and the Markdown
 * report. A disagreement is between different reviewers' latest assessments of the same commitment,
 * nothing else: the caller adds only the assessments of one commitment, each with who made it, and one
 * reviewer's earlier assessments (or two of theirs on different passages) never disagree with each other.
 */
import type { Completion } from './assessment.ts';

export interface ReviewerAssessment {
  /** Who made it; assessments whose author nobody knows share one key (they may all be one person). */
  reviewer: string;
  completion: Completion;
  /** UTC ISO-8601. */
  modified: string;
  id: string;
}

/** Whether `a` is a later word than `b`: newer `modified`, then the smaller id, so any order gives one answer. */
function laterThan(a: ReviewerAssessment, b: ReviewerAssessment): boolean {
  if (a.modified !== b.modified) return a.modified > b.modified;
  return a.id < b.id;
}

/** Each reviewer's latest assessment of one commitment, fed one assessment at a time (a report streams). */
export class ReviewerLevels<T extends ReviewerAssessment = ReviewerAssessment> {
  readonly #latest = new Map<string, T>();

  add(assessment: T): void {
    const seen = this.#latest.get(assessment.reviewer);
    if (!seen || laterThan(assessment, seen)) this.#latest.set(assessment.reviewer, assessment);
  }

  /** Each reviewer's latest, reviewers in the order they first came. */
  latest(): T[] {
    return [...this.#latest.values()];
  }

  /** Each reviewer's latest when at least two of them give different levels; else none. */
  disagreement(): T[] {
    const latest = this.latest();
    return new Set(latest.map((a) => a.completion)).size > 1 ? latest : [];
  }
}

/** `ReviewerLevels` over a list: the positions of reviewers who disagree, or none. */
export function disagreementOf<T extends ReviewerAssessment>(assessments: Iterable<T>): T[] {
  const levels = new ReviewerLevels<T>();
  for (const assessment of assessments) levels.add(assessment);
  return levels.disagreement();
}
