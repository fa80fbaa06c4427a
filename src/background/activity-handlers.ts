/**
 * The popup's "Group activity": the latest changes in the settings' group, from the sync server
 * (`GET /api/groups/{id}/activity`), with the token that stays here. Each item opens its annotation
 * through `annotations.open`, like a search result.
 */
import { trackerLink } from '../core/document/tracker-link.ts';
import { activityKindOf } from '../core/sync/activity.ts';
import type { SyncRecord } from '../core/sync/protocol.ts';
import { t } from '../i18n/messages.ts';
import { GROUP_ACTIVITY_LIMIT, type ActivityItem } from '../messaging/protocol.ts';
import { RequestError } from './request-error.ts';
import type { Handlers } from './router.ts';
import { requirePopup } from './tab-handlers.ts';
import { mayReach } from './sync/sync-browser.ts';
import { ServerError, SyncServer } from './sync/sync-server.ts';
import { loadSettings } from './sync/sync-settings.ts';

type ActivityHandlers = Pick<Handlers, 'group.activity'>;

function itemOf(record: SyncRecord, me: string | null): ActivityItem {
  const annotation = record.deleted ? null : record.annotation;
  return {
    id: annotation?.replyTo ?? record.id,
    kind: activityKindOf(record),
    author: record.creatorName ?? null,
    mine: me !== null && record.creator === me,
    documentTitle: annotation?.document.title ?? '',
    modified: annotation?.modified ?? null,
  };
}

export function activityHandlers(): ActivityHandlers {
  return {
    async 'group.activity'(_payload, ctx) {
      requirePopup(ctx);
      const settings = await loadSettings();
      const group = settings.groups.find((g) => g.id === settings.group);
      if (!settings.token || !group) return null;
      if (!(await mayReach(settings.server))) {
        throw new RequestError('forbidden', t('bg_serverNotAllowed', settings.server));
      }
      try {
        const records = await new SyncServer(settings.server, settings.token).activity(
          group.id,
          GROUP_ACTIVITY_LIMIT,
        );
        return {
          groupName: group.name,
          items: records.map((r) => itemOf(r, settings.user?.id ?? null)),
          tracker: trackerLink(settings.server, group.id),
        };
      } catch (error) {
        if (error instanceof ServerError) throw new RequestError('unavailable', error.message);
        throw error;
      }
    },
  };
}
