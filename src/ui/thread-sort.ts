/** The orders the sidebar's list can be read in. Pure. */
import { positionSelectorOf, type Annotation } from '../core/model/annotation.ts';
import type { Thread } from './threads.ts';

export const THREAD_SORTS = ['position', 'newest', 'commitment'] as const;
export type ThreadSort = (typeof THREAD_SORTS)[number];

const start = (a: Annotation) => positionSelectorOf(a.target)?.start ?? Number.MAX_SAFE_INTEGER;
const ordinal = (a: Annotation) => a.body.commitment?.ordinal ?? Number.MAX_SAFE_INTEGER;

/** The thread's last word: the newest of its root and replies. */
const newest = (thread: Thread) =>
  thread.replies.reduce((latest, r) => (r.created > latest ? r.created : latest), thread.root.created);

const COMPARE: Record<ThreadSort, (a: Thread, b: Thread) => number> = {
  position: (a, b) => start(a.root) - start(b.root),
  newest: (a, b) => newest(b).localeCompare(newest(a)),
  commitment: (a, b) => ordinal(a.root) - ordinal(b.root) || start(a.root) - start(b.root),
};

/**
 * `threads` (in reading order) in the chosen order: by passage; the newest written first (a new reply
 * brings its thread up); or by commitment, those linked to none last. Ties keep reading order.
 */
export function sortThreads(threads: readonly Thread[], sort: ThreadSort): Thread[] {
  if (sort === 'position') return [...threads];
  const compare = COMPARE[sort];
  return threads
    .map((thread, index) => ({ thread, index }))
    .sort((a, b) => compare(a.thread, b.thread) || a.index - b.index)
    .map(({ thread }) => thread);
}
