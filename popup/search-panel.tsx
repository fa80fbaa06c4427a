/**
 * The popup's search over every annotation stored here, every document (the background searches, so the
 * popup never holds the whole store). Each result opens its document at the passage. Everything in a
 * result is user text and is rendered as text.
 */
import { useState } from 'preact/hooks';
import { MAX_SEARCH_QUERY } from '../src/core/search/text-search.ts';
import { formatNumber, t, tn } from '../src/i18n/messages.ts';
import { call } from '../src/messaging/client.ts';
import type { SearchResult } from '../src/messaging/protocol.ts';

type Phase =
  | { name: 'idle' }
  | { name: 'searching' }
  | { name: 'failed'; message: string }
  | { name: 'done'; results: SearchResult[]; total: number };

/** `?tab=` opens the popup as a page (the end-to-end tests): it stays open after opening a result. */
const asPage = new URLSearchParams(location.search).has('tab');

export function SearchPanel() {
  const [query, setQuery] = useState('');
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [openError, setOpenError] = useState('');

  const search = async () => {
    if (query.trim() === '') return;
    setPhase({ name: 'searching' });
    setOpenError('');
    const result = await call('annotations.search', { query });
    setPhase(
      result.ok ? { name: 'done', ...result.value } : { name: 'failed', message: result.error.message },
    );
  };

  const open = async (id: string) => {
    setOpenError('');
    const result = await call('annotations.open', { id });
    if (!result.ok) setOpenError(t('popup_searchOpenFailed', result.error.message));
    else if (!asPage) window.close();
  };

  return (
    <section class="popup__search" aria-labelledby="popup-search-heading" data-testid="popup-search">
      {/* Named for assistive technology; on screen the box's placeholder says what it is for. */}
      <h2 id="popup-search-heading" class="popup__visually-hidden">
        {t('popup_searchHeading')}
      </h2>
      <form
        class="popup__search-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <input
          type="search"
          class="popup__search-box"
          data-testid="popup-search-box"
          aria-label={t('popup_searchLabel')}
          placeholder={t('popup_searchHeading')}
          maxLength={MAX_SEARCH_QUERY}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <button
          type="submit"
          class="popup__export-button"
          data-testid="popup-search-button"
          disabled={phase.name === 'searching'}
        >
          {t('popup_searchButton')}
        </button>
      </form>
      <p class="popup__export-status" role="status" data-testid="popup-search-status">
        {phase.name === 'done' && statusOf(phase.results.length, phase.total)}
      </p>
      {phase.name === 'failed' && (
        <p class="popup__error" role="alert">
          {phase.message}
        </p>
      )}
      {openError && (
        <p class="popup__error" role="alert" data-testid="popup-search-error">
          {openError}
        </p>
      )}
      {phase.name === 'done' && phase.results.length > 0 && (
        <ol class="popup-list__items popup__search-results" data-testid="popup-search-results">
          {phase.results.map((result) => (
            <ResultItem key={result.id} result={result} onOpen={() => void open(result.id)} />
          ))}
        </ol>
      )}
    </section>
  );
}

function statusOf(shown: number, total: number): string {
  if (total === 0) return t('popup_searchNone');
  if (total > shown) return t('popup_searchFirst', formatNumber(total), formatNumber(shown));
  return tn('popup_searchFound', total);
}

function ResultItem({ result, onOpen }: { result: SearchResult; onOpen: () => void }) {
  const title = result.documentTitle.trim() || t('popup_searchUntitled');
  return (
    <li class="popup-list__item" data-testid="popup-search-result">
      <button
        type="button"
        class="popup__search-open"
        data-testid="popup-search-open"
        aria-label={t('popup_searchOpen', title)}
        onClick={onOpen}
      >
        <span class="popup__search-title" data-testid="popup-search-title">
          {title}
        </span>
        {result.pdf && <span class="popup__search-kind"> · PDF</span>}
      </button>
      {result.quote && (
        <blockquote class="popup-list__quote" data-testid="popup-search-quote">
          {result.quote}
        </blockquote>
      )}
      {result.comment && (
        <p class="popup-list__comment popup__search-comment" data-testid="popup-search-comment">
          {result.comment}
        </p>
      )}
      {result.tags.length > 0 && (
        <ul class="popup-list__tags" aria-label={t('popup_tagsLabel')}>
          {result.tags.map((tag) => (
            <li key={tag} class="popup-list__tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
