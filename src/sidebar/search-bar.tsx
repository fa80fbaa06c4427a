/**
 * The sidebar's search box and list order, always in view above the filters. "/" anywhere in the
 * sidebar (outside a field) puts the cursor in the box; Esc in the box clears it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber, t, type MessageKey } from '../i18n/messages.ts';
import { THREAD_SORTS, type ThreadSort } from '../ui/thread-sort.ts';

const SORT_KEYS: Record<ThreadSort, MessageKey> = {
  position: 'sidebar_sortPosition',
  newest: 'sidebar_sortNewest',
  commitment: 'sidebar_sortCommitment',
};

export interface SearchBarProps {
  query: string;
  onQuery: (query: string) => void;
  sort: ThreadSort;
  onSort: (sort: ThreadSort) => void;
  /** Threads that pass the search and filters, of all threads. */
  shown: number;
  total: number;
}

/** Whether a key press belongs to a field the user is typing in. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function SearchBar({ query, onQuery, sort, onSort, shown, total }: SearchBarProps) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target))
        return;
      event.preventDefault();
      box.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div class="search-bar" role="search">
      <input
        ref={box}
        type="search"
        class="search-box"
        data-testid="sidebar-search"
        aria-label={t('sidebar_searchLabel')}
        placeholder={t('sidebar_searchPlaceholder')}
        title={t('sidebar_searchHint')}
        aria-keyshortcuts="/"
        maxLength={200}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || query === '') return;
          // Esc clears the box; a second Esc goes on to whatever else it closes.
          e.preventDefault();
          e.stopPropagation();
          onQuery('');
        }}
      />
      <label class="sort-select">
        {t('sidebar_sortLabel')}
        <select
          data-testid="sidebar-sort"
          value={sort}
          onChange={(e) => onSort(e.currentTarget.value as ThreadSort)}
        >
          {THREAD_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_KEYS[s])}
            </option>
          ))}
        </select>
      </label>
      {query.trim() !== '' && (
        <p class="field-hint search-count" data-testid="sidebar-search-count" aria-live="polite">
          {t('sidebar_searchShowing', formatNumber(shown), formatNumber(total))}
        </p>
      )}
    </div>
  );
}
