/**
 * Moderation as the sidebar sees it: who may hide or flag which annotation (the account's role in its
 * group, as the server last listed the account's groups), what a moderator hid, and the requests that
 * hide, flag and count flags through the server. Hiding and flags need the server: offline they fail
 * with the server's "no answer", nothing is queued.
 */
import type { Annotation } from '../../core/model/annotation.ts';
import { t } from '../../i18n/messages.ts';
import type { Moderation } from '../../messaging/protocol.ts';
import { RequestError } from '../request-error.ts';
import type { Handlers } from '../router.ts';
import { readLocal, writeLocal } from './sync-browser.ts';
import { accountOf, type SyncEngine } from './sync-engine.ts';
import { ServerError, SyncServer } from './sync-server.ts';
import { loadSettings, saveSettings, type SyncSettings } from './sync-settings.ts';

type ModerationHandlers = Pick<Handlers, 'moderation.hide' | 'moderation.flag' | 'moderation.flags'>;

/** `chrome.storage.local`: by account, the ids it flagged from this browser. */
const FLAGGED_KEY = 'moderationFlagged';

async function flaggedBy(account: string | null): Promise<string[]> {
  if (account === null) return [];
  return (await readLocal<Record<string, string[]>>(FLAGGED_KEY))?.[account] ?? [];
}

async function rememberFlag(account: string, id: string, flagged: boolean): Promise<void> {
  const all = (await readLocal<Record<string, string[]>>(FLAGGED_KEY)) ?? {};
  const ids = new Set(all[account] ?? []);
  if (flagged) ids.add(id);
  else ids.delete(id);
  await writeLocal(FLAGGED_KEY, { ...all, [account]: [...ids] });
}

const NOTHING: Moderation = { moderates: [], flaggable: [], flagged: [], hidden: {}, placeholders: [] };

/** What the sidebar shows of moderation for `annotations`, the annotations of document `uri`. */
export async function moderationOf(
  engine: SyncEngine | undefined,
  annotations: readonly Annotation[],
  uri: string,
): Promise<Moderation> {
  if (!engine) return NOTHING;
  const settings = await loadSettings();
  const [metas, placeholders, flagged] = await Promise.all([
    engine.records.metaFor(annotations.map((a) => a.id)),
    engine.records.placeholders(uri),
    flaggedBy(accountOf(settings)),
  ]);
  // Signed out, nothing can be sent: no buttons, but what was hidden stays marked.
  const roles = new Map(settings.token ? settings.groups.map((g) => [g.id, g.role]) : []);
  const visibility = new Map(annotations.map((a) => [a.id, a.visibility]));
  const moderation: Moderation = {
    moderates: [],
    flaggable: [],
    flagged: flagged.filter((id) => visibility.has(id)),
    hidden: {},
    placeholders: placeholders.map((meta) => ({ id: meta.id, author: meta.creatorName })),
  };
  for (const meta of metas) {
    if (meta.hidden) moderation.hidden[meta.id] = meta.hiddenReason ?? null;
    const role = meta.group === null ? undefined : roles.get(meta.group);
    // Only what the server holds (a version) and shares with the group can be hidden or flagged.
    if (role === undefined || meta.version === null || visibility.get(meta.id) === 'private') continue;
    if (role === 'moderator' || role === 'owner') moderation.moderates.push(meta.id);
    // One's own annotation is not flagged to the moderators: its author edits or deletes it.
    if (meta.creator !== settings.user?.id) moderation.flaggable.push(meta.id);
  }
  return moderation;
}

/** Runs a server call; its refusal becomes a refusal of the request, in the server's plain words. */
async function ask<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ServerError) {
      const code = error.offline
        ? 'unavailable'
        : error.status === 403
          ? 'forbidden'
          : error.status === 404
            ? 'not-found'
            : 'invalid';
      throw new RequestError(code, error.message);
    }
    throw error;
  }
}

async function signedIn(): Promise<{ settings: SyncSettings; server: SyncServer; account: string }> {
  const settings = await loadSettings();
  const account = accountOf(settings);
  if (!settings.token || account === null) throw new RequestError('forbidden', t('bg_signInFirst'));
  return { settings, server: new SyncServer(settings.server, settings.token), account };
}

export function moderationHandlers(engine: SyncEngine): ModerationHandlers {
  return {
    async 'moderation.hide'({ id, hidden, reason }) {
      const { server } = await signedIn();
      const record = await ask(server.setHidden(id, hidden, hidden && reason ? reason : undefined));
      // The change comes back through the feed, to this browser as to everyone's: read it now.
      await engine.syncNow(true);
      return { hidden: record.hidden };
    },

    async 'moderation.flag'({ id, flagged, reason }) {
      const { server, account } = await signedIn();
      await ask(server.flag(id, flagged, flagged && reason ? reason : undefined));
      await rememberFlag(account, id, flagged);
      return { flagged };
    },

    async 'moderation.flags'() {
      const { settings, server } = await signedIn();
      // Roles change on the server (an owner makes someone moderator): read them again first.
      const me = await ask(server.me());
      const known = JSON.stringify(settings.groups);
      const chosenKept = settings.group === null || me.groups.some((g) => g.id === settings.group);
      if (JSON.stringify(me.groups) !== known && chosenKept) {
        await saveSettings({ groups: me.groups });
      }
      const counts: Record<string, number> = {};
      for (const group of me.groups) {
        if (group.role !== 'moderator' && group.role !== 'owner') continue;
        for (const flag of await ask(server.groupFlags(group.id))) counts[flag.id] = flag.count;
      }
      return { flags: counts };
    },
  };
}
