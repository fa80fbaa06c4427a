/** Reading and writing the annotations of the sender's document. */
import type { Annotation } from '../core/model/annotation.ts';
import { t } from '../i18n/messages.ts';
import { withPdfAddress } from './annotation-links.ts';
import { ParkedForAnotherAccount } from './annotation-store.ts';
import { updateBadge } from './badge.ts';
import { announceChange } from './document-events.ts';
import { RequestError } from './request-error.ts';
import type { Handlers } from './router.ts';
import { senderDocument } from './sender-document.ts';
import type { Services } from './services.ts';
import { authorship } from './sync/authorship.ts';
import { moderationOf } from './sync/moderation.ts';
import { loadSettings } from './sync/sync-settings.ts';

type AnnotationHandlers = Pick<Handlers, 'annotations.list' | 'annotations.save' | 'annotations.delete'>;

const otherPage = (): string => t('bg_otherPage');

export function annotationHandlers(services: Services): AnnotationHandlers {
  const { store } = services;
  return {
    async 'annotations.list'(_payload, ctx) {
      const { tabId, uri } = await senderDocument(services, ctx);
      const annotations = await store.listForDocument(uri);
      // The badge (a count of its own) follows; the annotator waiting for this list to paint does not
      // wait for it.
      void updateBadge(services, tabId).catch(() => undefined);
      // The page's content script paints highlights; who wrote what is none of its business.
      if (ctx.kind === 'content') return { documentUri: uri, annotations };
      const [authors, moderation] = await Promise.all([
        authorship(services.sync, annotations),
        moderationOf(services.sync, annotations, uri),
      ]);
      return { documentUri: uri, annotations, ...authors, moderation };
    },

    async 'annotations.save'({ annotation, imported, visibilityChosen }, ctx) {
      const { uri } = await senderDocument(services, ctx);
      if (annotation.target.source !== uri) throw new RequestError('forbidden', otherPage());
      // Ids are chosen by clients, so an id already used on another page must not move that annotation here.
      const existing = await store.get(annotation.id);
      if (existing && existing.target.source !== uri) throw new RequestError('forbidden', otherPage());
      let stored: Annotation;
      try {
        stored = existing
          ? await store.put(annotation)
          : await store.put(
              ...(await (imported ? asImported : visibilityChosen ? asChosen : withDefaults)(
                services,
                await withPdfAddress(store, annotation),
              )),
            );
      } catch (error) {
        // A tab still showing what another account read (an editor left open across a switch of
        // account) must not bring it back, nor answer it, under the account signed in now.
        if (error instanceof ParkedForAnotherAccount) {
          throw new RequestError('forbidden', t('bg_parkedForOtherAccount'));
        }
        throw error;
      }
      await announceChange(services, uri);
      return { annotation: stored };
    },

    async 'annotations.delete'({ id }, ctx) {
      const existing = await store.get(id);
      if (!existing) return { deleted: false };
      // The sidebar may delete only on its own tab's page; a page without a tab (popup) is not tied to one.
      if (ctx.sender.tab && existing.target.source !== (await senderDocument(services, ctx)).uri) {
        throw new RequestError('forbidden', otherPage());
      }
      const deleted = await store.delete(id);
      await announceChange(services, existing.target.source);
      return { deleted };
    },
  };
}

/**
 * A new annotation as the user's settings say: whoever creates one (sidebar, page annotator, PDF
 * viewer) leaves `private`, and here it takes the default visibility, and the chosen group goes with it
 * to the sync engine. Replies keep their thread's visibility; with sync absent (tests), nothing changes.
 */
async function withDefaults(
  services: Services,
  annotation: Annotation,
): Promise<[Annotation, { group?: string | null }]> {
  if (!services.sync || annotation.replyTo !== undefined || annotation.visibility !== 'private') {
    return [annotation, {}];
  }
  const settings = await loadSettings();
  if (settings.visibility === 'private') return [annotation, {}];
  return [{ ...annotation, visibility: settings.visibility }, { group: settings.group }];
}

/**
 * A new annotation whose visibility the user chose in the editor: kept as chosen; a group or public one
 * goes with the settings' group, the one the editor named.
 */
async function asChosen(
  services: Services,
  annotation: Annotation,
): Promise<[Annotation, { group?: string | null }]> {
  if (!services.sync || annotation.visibility === 'private') return [annotation, {}];
  return [annotation, { group: (await loadSettings()).group }];
}

/**
 * An imported annotation stays on this machine, private, whatever the file said: a file from someone
 * else must not publish under this user's name, nor reach a group, without the user choosing so (they
 * can share each one afterwards).
 */
async function asImported(
  _services: Services,
  annotation: Annotation,
): Promise<[Annotation, { group?: string | null }]> {
  return [{ ...annotation, visibility: 'private' }, {}];
}
