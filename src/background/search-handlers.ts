/**
 * The popup's search over every stored annotation of every document, and opening one of them at its
 * passage: a web page in a new tab with the annotator started, a PDF in our viewer. Either way the
 * annotator is told to bring the passage into view once it has anchored it (`annotation.reveal`).
 */
import { quoteSelectorOf, type Annotation } from '../core/model/annotation.ts';
import { fingerprintOfKey } from '../core/document/pdf-document-key.ts';
import { annotationSearchFields } from '../core/search/annotation-fields.ts';
import { snippetAround, textSearch } from '../core/search/text-search.ts';
import { t } from '../i18n/messages.ts';
import { SEARCH_RESULTS_LIMIT, type SearchResult } from '../messaging/protocol.ts';
import { openTabLoaded } from './browser.ts';
import { RequestError } from './request-error.ts';
import type { Handlers } from './router.ts';
import type { Services } from './services.ts';
import { requirePopup, startAnnotating } from './tab-handlers.ts';

type SearchHandlers = Pick<Handlers, 'annotations.search' | 'annotations.open'>;

/** How much of a passage or comment a result carries, in code points. */
const SNIPPET = 200;
/** How long a page may take to load before the annotator is started on it anyway. */
const PAGE_LOAD_MS = 20_000;
/** How long the viewer may take to open and connect. */
const VIEWER_START_MS = 20_000;

function resultOf(annotation: Annotation, terms: readonly string[]): SearchResult {
  return {
    id: annotation.id,
    documentTitle: annotation.document.title,
    source: annotation.target.source,
    pdf: fingerprintOfKey(annotation.target.source) !== null,
    quote: snippetAround(quoteSelectorOf(annotation.target)?.exact ?? '', terms, SNIPPET),
    comment: snippetAround(annotation.body.comment, terms, SNIPPET),
    tags: annotation.body.tags,
    modified: annotation.modified,
  };
}

export function searchHandlers(services: Services): SearchHandlers {
  const { store, ports } = services;
  return {
    async 'annotations.search'({ query }, ctx) {
      requirePopup(ctx);
      const search = textSearch(query);
      const { found, total } = await store.find(
        (a) => search.matches(annotationSearchFields(a, a.document.title)),
        SEARCH_RESULTS_LIMIT,
      );
      return { results: found.map((a) => resultOf(a, search.terms)), total };
    },

    async 'annotations.open'({ id }, ctx) {
      requirePopup(ctx);
      // One the group's activity names may not have reached this browser yet: a sync round brings it.
      const annotation =
        (await store.get(id.toLowerCase())) ??
        (await services.sync?.syncNow(true).catch(() => undefined), await store.get(id.toLowerCase()));
      if (!annotation) throw new RequestError('not-found', t('bg_searchGone'));
      const reveal = { type: 'annotation.reveal', id: annotation.id } as const;
      const fingerprint = fingerprintOfKey(annotation.target.source);
      if (fingerprint !== null) {
        const address = (await store.pdf(fingerprint))?.addresses.at(-1);
        if (address === undefined) throw new RequestError('not-found', t('bg_searchNoAddress'));
        const tabId = await openTabLoaded(services.viewers.urlFor(address), PAGE_LOAD_MS);
        if (!(await ports.waitFor(tabId, 'annotator', VIEWER_START_MS))) {
          throw new RequestError('unavailable', t('bg_viewerOpening'));
        }
        ports.post(tabId, 'annotator', reveal);
        return { tabId };
      }
      const tabId = await openTabLoaded(annotation.target.source, PAGE_LOAD_MS);
      // Without the site's permission the page is open all the same; the refusal says why no passage shows.
      await startAnnotating(services, tabId);
      ports.post(tabId, 'annotator', reveal);
      return { tabId };
    },
  };
}
