/**
 * Annotation links (`<server>/a/<id>`, src/core/document/annotation-link.ts): the sidebar's "Copy link",
 * and following one. A tab that starts loading a link on the sync server is sent to the document
 * instead (a web page at its address, a PDF in our viewer at its page), and once the annotator runs
 * there it reveals the annotation: sidebar open, passage in view, card selected. The server's page is
 * what a browser without the extension shows.
 *
 * The annotation comes from this browser's store, so a private one opens for its creator without the
 * server, else from the server with this account's token (a group's annotation for its members). The
 * address is only visible here because the sync server's origin is granted; what the page says is
 * never read.
 */
import { annotationLink, linkedAnnotationId } from '../core/document/annotation-link.ts';
import { documentUri, originPattern } from '../core/document/document-uri.ts';
import { fingerprintOfKey } from '../core/document/pdf-document-key.ts';
import { fragmentSelectorOf, type Annotation } from '../core/model/annotation.ts';
import { pageOfFragment } from '../core/model/selectors.ts';
import { t } from '../i18n/messages.ts';
import type { AnnotationStore } from './annotation-store.ts';
import { injectAnnotator } from './annotator-injection.ts';
import { findTab, navigateTab, sessionGet, sessionRemove, sessionSet, siteAllowed } from './browser.ts';
import { RequestError } from './request-error.ts';
import type { Handlers } from './router.ts';
import type { Services } from './services.ts';
import { SyncServer } from './sync/sync-server.ts';
import { loadSettings } from './sync/sync-settings.ts';

type LinkHandlers = Pick<Handlers, 'annotations.link'>;

export function linkHandlers({ store }: Services): LinkHandlers {
  return {
    async 'annotations.link'({ id }) {
      if (!(await store.get(id))) throw new RequestError('not-found', t('bg_linkUnknown'));
      return { url: annotationLink((await loadSettings()).server, id) };
    },
  };
}

/**
 * A new annotation of a PDF takes the address this browser last read that PDF at (`document.address`),
 * so that its link opens the PDF for readers who never had it. Web pages need none: their source is it.
 */
export async function withPdfAddress(store: AnnotationStore, annotation: Annotation): Promise<Annotation> {
  const fingerprint = fingerprintOfKey(annotation.target.source);
  if (fingerprint === null || annotation.document.address !== undefined) return annotation;
  const address = (await (await store.database()).get('documents', fingerprint))?.addresses.at(-1);
  return address === undefined
    ? annotation
    : { ...annotation, document: { ...annotation.document, address } };
}

/** A tab sent from a link to its document, waiting for its annotator to reveal the annotation. */
interface PendingReveal {
  id: string;
  /** Where the tab was sent: the document's address, or our viewer's. */
  destination: string;
}

const pendingKey = (tabId: number) => `link-reveal:${tabId}`;

export interface LinkFollower {
  /** A tab started loading `url`: if it is an annotation link, send the tab to the document. */
  navigating(tabId: number, url: string): Promise<void>;
  /** A tab finished loading `url`: start the annotator there if it was sent from a link. */
  loaded(tabId: number, url: string): Promise<void>;
  /** The tab's annotator connected: tell it which annotation to reveal. */
  annotatorConnected(tabId: number): Promise<void>;
}

export function createLinkFollower(services: Services): LinkFollower {
  const { store, ports, viewers } = services;

  /** Whether `url` is where a pending reveal sent its tab (the viewer, whatever its page, counts once). */
  const arrived = (pending: PendingReveal, url: string) =>
    viewers.isViewer(pending.destination)
      ? viewers.isViewer(url)
      : documentUri(url) !== null && documentUri(url) === documentUri(pending.destination);

  /** The annotation behind a link: this browser's copy, else the server's as this account may read it. */
  async function resolve(id: string, server: string, token: string | null): Promise<Annotation | null> {
    const local = await store.get(id);
    if (local) return local;
    if (!token) return null;
    const record = await new SyncServer(server, token).annotation(id).catch(() => null);
    if (!record?.annotation) return null;
    // The next round brings it (and its thread) into this browser, where the annotator reads it.
    await services.sync?.syncNow(true).catch(() => undefined);
    return record.annotation;
  }

  /** Where to open an annotation's document; null for a PDF this browser knows no address of. */
  async function destinationOf(annotation: Annotation): Promise<string | null> {
    const web = documentUri(annotation.target.source);
    if (web !== null) return web;
    const fingerprint = fingerprintOfKey(annotation.target.source);
    if (fingerprint === null) return null;
    const known = await (await store.database()).get('documents', fingerprint);
    const address = known?.addresses.at(-1) ?? annotation.document.address;
    if (address === undefined) return null;
    const fragment = fragmentSelectorOf(annotation.target);
    return viewers.urlFor(fragment ? `${address}#page=${pageOfFragment(fragment)}` : address);
  }

  async function forgetUnlessArrived(tabId: number, url: string): Promise<PendingReveal | undefined> {
    const pending = await sessionGet<PendingReveal>(pendingKey(tabId));
    if (!pending) return undefined;
    if (arrived(pending, url)) return pending;
    // The link page itself, still finishing before the tab moves on, is not "somewhere else".
    if (linkedAnnotationId(url, (await loadSettings()).server) !== null) return undefined;
    await sessionRemove(pendingKey(tabId));
    return undefined;
  }

  return {
    async navigating(tabId, url) {
      const settings = await loadSettings();
      const id = linkedAnnotationId(url, settings.server);
      if (id === null) {
        await forgetUnlessArrived(tabId, url);
        return;
      }
      const annotation = await resolve(id, settings.server, settings.token);
      // Nothing this browser may read: the server's page says so.
      if (!annotation) return;
      const destination = await destinationOf(annotation);
      if (destination === null) return;
      const pending: PendingReveal = { id: annotation.replyTo ?? annotation.id, destination };
      await sessionSet(pendingKey(tabId), pending);
      await navigateTab(tabId, destination);
    },

    async loaded(tabId, url) {
      const pending = await forgetUnlessArrived(tabId, url);
      if (!pending || ports.has(tabId, 'annotator') || viewers.isViewer(url)) return;
      // On a site the user granted, start at once; elsewhere the reveal waits for "Annotate this page".
      const pattern = originPattern(url);
      if (pattern === null || !(await siteAllowed(pattern))) return;
      try {
        await injectAnnotator(tabId);
      } catch (error) {
        console.warn('Plan Annotator: could not start the annotator for a link', error);
      }
    },

    async annotatorConnected(tabId) {
      const pending = await sessionGet<PendingReveal>(pendingKey(tabId));
      if (!pending) return;
      const url = (await findTab(tabId))?.url;
      if (url === undefined || !arrived(pending, url)) return;
      await sessionRemove(pendingKey(tabId));
      ports.post(tabId, 'annotator', { type: 'annotation.reveal', id: pending.id });
    },
  };
}
