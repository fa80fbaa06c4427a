/** Reading and writing the annotations of the sender's document. */
import { updateBadge } from './badge.ts';
import { announceChange } from './document-events.ts';
import { RequestError } from './request-error.ts';
import type { Handlers } from './router.ts';
import { senderDocument } from './sender-document.ts';
import type { Services } from './services.ts';
import { authorship } from './sync/authorship.ts';

type AnnotationHandlers = Pick<Handlers, 'annotations.list' | 'annotations.save' | 'annotations.delete'>;

const OTHER_PAGE = 'This annotation belongs to another page.';

export function annotationHandlers(services: Services): AnnotationHandlers {
  const { store } = services;
  return {
    async 'annotations.list'(_payload, ctx) {
      const { tabId, uri } = await senderDocument(services, ctx);
      const annotations = await store.listForDocument(uri);
      await updateBadge(services, tabId);
      const { authors, me } = await authorship(
        services.sync,
        annotations.map((a) => a.id),
      );
      return { documentUri: uri, annotations, authors, me };
    },

    async 'annotations.save'({ annotation }, ctx) {
      const { uri } = await senderDocument(services, ctx);
      if (annotation.target.source !== uri) throw new RequestError('forbidden', OTHER_PAGE);
      // Ids are chosen by clients, so an id already used on another page must not move that annotation here.
      const existing = await store.get(annotation.id);
      if (existing && existing.target.source !== uri) throw new RequestError('forbidden', OTHER_PAGE);
      const stored = await store.put(annotation);
      await announceChange(services, uri);
      return { annotation: stored };
    },

    async 'annotations.delete'({ id }, ctx) {
      const existing = await store.get(id);
      if (!existing) return { deleted: false };
      // The sidebar may delete only on its own tab's page; a page without a tab (popup) is not tied to one.
      if (ctx.sender.tab && existing.target.source !== (await senderDocument(services, ctx)).uri) {
        throw new RequestError('forbidden', OTHER_PAGE);
      }
      const deleted = await store.delete(id);
      await announceChange(services, existing.target.source);
      return { deleted };
    },
  };
}
