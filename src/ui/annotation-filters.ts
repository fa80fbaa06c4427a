/** The sidebar's filters and tag suggestions, judged on whole threads. Pure: no DOM, no chrome.*. */
import { isUnsupported, type Annotation } from '../core/model/annotation.ts';
import type { Completion } from '../core/model/assessment.ts';
import { annotationSearchFields } from '../core/search/annotation-fields.ts';
import { matchesFolded, searchHaystack, searchTerms } from '../core/search/text-search.ts';
import type { AnchorState } from '../messaging/protocol.ts';
import { authorOf } from './commitment-review.ts';
import type { Thread } from './threads.ts';

export interface Filters {
  /** An ordinal, `none` for annotations linked to no commitment, or null for all. */
  commitment: number | 'none' | null;
  tag: string | null;
  completion: Completion | null;
  author: string | null;
  support: 'supported' | 'unsupported' | null;
  anchoring: 'orphan' | 'anchored' | null;
  /** Words every one of which the thread's comments, quote, tags, evidence titles or authors hold. */
  query: string | null;
}

export const NO_FILTERS: Filters = {
  commitment: null,
  tag: null,
  completion: null,
  author: null,
  support: null,
  anchoring: null,
  query: null,
};

export function isFiltering(filters: Filters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/** Filtering by the panel's lists, the search apart (the search box is always in view). */
export const isFilteringByList = (filters: Filters): boolean => isFiltering({ ...filters, query: null });

export interface FilterContext {
  authors: Readonly<Record<string, string>>;
  me: string | null;
  stateOf: (id: string) => AnchorState;
}

/**
 * Whether a thread passes the filters: judged on its root, except that a tag, an author or an
 * assessment in a reply keeps the thread in view too (the reply is where the answer is).
 */
export function threadMatches(thread: Thread, filters: Filters, context: FilterContext): boolean {
  const { root } = thread;
  const all = [root, ...thread.replies];
  if (filters.commitment !== null) {
    const ordinal = root.body.commitment?.ordinal;
    if (filters.commitment === 'none' ? ordinal !== undefined : ordinal !== filters.commitment) return false;
  }
  if (filters.tag !== null && !all.some((a) => a.body.tags.includes(filters.tag as string))) return false;
  if (filters.completion !== null && !all.some((a) => a.body.assessment?.completion === filters.completion))
    return false;
  if (
    filters.author !== null &&
    !all.some((a) => authorOf(a, context.authors, context.me) === filters.author)
  )
    return false;
  if (filters.support !== null) {
    const assessed = all.filter((a) => a.body.assessment);
    if (assessed.length === 0) return false;
    const unsupported = assessed.some(isUnsupported);
    if ((filters.support === 'unsupported') !== unsupported) return false;
  }
  if (filters.anchoring !== null) {
    const orphan = context.stateOf(root.id) === 'orphan';
    if ((filters.anchoring === 'orphan') !== orphan) return false;
  }
  if (filters.query !== null) {
    const terms = termsOf(filters.query);
    const haystack =
      thread.replies.length === 0
        ? haystackOf(root, context)
        : all.map((a) => haystackOf(a, context)).join(' ');
    if (terms.length > 0 && !matchesFolded(terms, haystack)) return false;
  }
  return true;
}

/** The last query's terms: every thread of one keystroke asks for the same. */
let lastQuery: { query: string; terms: string[] } | null = null;

function termsOf(query: string): string[] {
  if (lastQuery?.query !== query) lastQuery = { query, terms: searchTerms(query) };
  return lastQuery.terms;
}

/**
 * Each annotation's searchable text, folded once: records are replaced, never changed, when they change,
 * so the folding done for one keystroke serves the next ones. Kept with the author's name it was made with.
 */
const haystacks = new WeakMap<Annotation, { author: string; text: string }>();

function haystackOf(annotation: Annotation, context: FilterContext): string {
  const author = authorOf(annotation, context.authors, context.me);
  const kept = haystacks.get(annotation);
  if (kept?.author === author) return kept.text;
  const text = searchHaystack(annotationSearchFields(annotation, author));
  haystacks.set(annotation, { author, text });
  return text;
}

/** Every tag used in these annotations and in `more`, each once, in a stable order for a list. */
export function tagSuggestions(annotations: readonly Annotation[], more: readonly string[] = []): string[] {
  const seen = new Map<string, string>();
  for (const tag of [...annotations.flatMap((a) => a.body.tags), ...more]) {
    const key = tag.toLocaleLowerCase();
    if (!seen.has(key)) seen.set(key, tag);
  }
  return [...seen.values()].sort((x, y) => x.localeCompare(y));
}
