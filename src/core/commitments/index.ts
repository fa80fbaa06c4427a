export type { Commitment, CommitmentSource, Milestone } from './commitment.ts';
export { findCommitments } from './find-commitments.ts';
export { printedDates } from './printed-dates.ts';
export { commitmentAt } from './commitment-at.ts';
