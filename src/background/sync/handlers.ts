/** Requests about sync: its state, the settings page's account and group actions, and the defaults. */
import { t } from '../../i18n/messages.ts';
import type { SyncPreferences } from '../../messaging/protocol.ts';
import { RequestError } from '../request-error.ts';
import type { Handlers } from '../router.ts';
import { mayReach } from './sync-browser.ts';
import type { SyncEngine } from './sync-engine.ts';
import { ServerError, SyncServer } from './sync-server.ts';
import {
  INITIAL_PROGRESS,
  invitationOf,
  loadSettings,
  parseInvitation,
  saveProgress,
  saveSettings,
  serverOrigin,
  type SyncSettings,
} from './sync-settings.ts';

type SyncHandlers = Pick<
  Handlers,
  | 'sync.status'
  | 'sync.now'
  | 'sync.sendRefused'
  | 'settings.get'
  | 'settings.update'
  | 'account.signUp'
  | 'account.signIn'
  | 'account.signOut'
  | 'group.create'
  | 'group.join'
  | 'group.invitation'
>;

function preferencesOf(settings: SyncSettings): SyncPreferences {
  return {
    server: settings.server,
    username: settings.token ? (settings.user?.username ?? null) : null,
    groups: settings.groups,
    group: settings.group,
    visibility: settings.visibility,
  };
}

/** Runs a server call; its refusal becomes a refusal of the request, in the server's plain words. */
async function ask<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ServerError) {
      const code = error.offline ? 'unavailable' : error.status === 403 ? 'forbidden' : 'invalid';
      throw new RequestError(code, error.message);
    }
    throw error;
  }
}

async function signedIn(): Promise<{ settings: SyncSettings; server: SyncServer }> {
  const settings = await loadSettings();
  if (!settings.token) throw new RequestError('forbidden', t('bg_signInFirst'));
  return { settings, server: new SyncServer(settings.server, settings.token) };
}

async function reachable(origin: string): Promise<void> {
  if (!(await mayReach(origin))) {
    throw new RequestError('forbidden', t('bg_serverNotAllowed', origin));
  }
}

/** The requests after which who reads a new annotation, by default, may have changed. */
const CHANGING_PREFERENCES = [
  'settings.update',
  'account.signUp',
  'account.signIn',
  'account.signOut',
  'group.create',
  'group.join',
] as const;

/**
 * The account, group and settings requests. `onPreferencesChanged` runs after any of them that may
 * change the defaults a sidebar offers a new annotation (visibility, group), so an open sidebar reads
 * them again rather than offering what the settings said when it opened.
 */
export function syncHandlers(engine: SyncEngine, onPreferencesChanged: () => void = () => {}): SyncHandlers {
  const handlers = requestHandlers(engine);
  for (const type of CHANGING_PREFERENCES) {
    const handle = handlers[type] as (...args: never[]) => Promise<unknown>;
    (handlers as Record<string, unknown>)[type] = async (...args: never[]) => {
      const answer = await handle(...args);
      onPreferencesChanged();
      return answer;
    };
  }
  return handlers;
}

function requestHandlers(engine: SyncEngine): SyncHandlers {
  /** Reads the user's groups again; keeps the chosen group if still a member, else takes `prefer`. */
  async function refreshGroups(server: SyncServer, prefer: string | null): Promise<SyncPreferences> {
    const me = await ask(server.me());
    const settings = await loadSettings();
    const chosen = prefer ?? settings.group;
    const group = me.groups.some((g) => g.id === chosen) ? chosen : (me.groups[0]?.id ?? null);
    return preferencesOf(await saveSettings({ groups: me.groups, group }));
  }

  async function signIn(username: string, password: string): Promise<SyncPreferences> {
    const settings = await loadSettings();
    await reachable(settings.server);
    const { token, user } = await ask(new SyncServer(settings.server, null).signIn(username, password));
    // Another account: the engine's next round parks the changes waiting for the previous one and
    // reads the new one's feed from the beginning (sync-store.ts `useAccount`).
    if (settings.user?.id !== user.id) {
      await engine.claim(settings);
      await saveProgress(INITIAL_PROGRESS);
    }
    await saveSettings({ token, user });
    const preferences = await refreshGroups(new SyncServer(settings.server, token), null);
    await saveProgress({ lastError: null, failures: 0, nextAttemptAt: 0 });
    void engine.restart();
    return preferences;
  }

  return {
    'sync.status': () => engine.status(),

    async 'sync.now'() {
      await engine.syncNow();
      return engine.status();
    },

    async 'sync.sendRefused'() {
      await engine.sendRefusedAgain();
      return engine.status();
    },

    async 'settings.get'() {
      return preferencesOf(await loadSettings());
    },

    async 'settings.update'({ server, group, visibility }) {
      const settings = await loadSettings();
      const change: Partial<SyncSettings> = {};
      let restart = false;
      if (server !== undefined) {
        const origin = serverOrigin(server);
        if (!origin) throw new RequestError('invalid', t('bg_serverAddressInvalid'));
        await reachable(origin);
        if (origin !== settings.server) {
          // Another server knows other accounts: sign out of the old one here. When another account
          // signs in, what the old one read is put aside for it (sync-store.ts `useAccount`).
          await engine.claim(settings);
          Object.assign(change, { server: origin, token: null, user: null, groups: [], group: null });
          await saveProgress(INITIAL_PROGRESS);
          restart = true;
        }
      }
      if (group !== undefined) {
        if (group !== null && !settings.groups.some((g) => g.id === group)) {
          throw new RequestError('invalid', t('bg_notGroupMember'));
        }
        change.group = group;
      }
      if (visibility !== undefined) change.visibility = visibility;
      const saved = await saveSettings(change);
      if (restart) void engine.restart();
      return preferencesOf(saved);
    },

    async 'account.signUp'({ username, password }) {
      const settings = await loadSettings();
      await reachable(settings.server);
      await ask(new SyncServer(settings.server, null).signUp(username, password));
      return signIn(username, password);
    },

    'account.signIn': ({ username, password }) => signIn(username, password),

    async 'account.signOut'() {
      const settings = await loadSettings();
      if (settings.token) {
        // Offline, the token cannot be revoked now; forgetting it here still signs this browser out.
        await new SyncServer(settings.server, settings.token).signOut().catch(() => undefined);
      }
      const saved = await saveSettings({ token: null, user: settings.user, groups: [], group: null });
      await saveProgress({ lastError: null, failures: 0, nextAttemptAt: 0 });
      void engine.restart();
      return preferencesOf(saved);
    },

    async 'group.create'({ name }) {
      const { server } = await signedIn();
      const group = await ask(server.createGroup(name));
      const preferences = await refreshGroups(server, group.id);
      return { ...preferences, invitation: invitationOf(group.id, group.inviteCode) };
    },

    async 'group.join'({ invitation }) {
      const parsed = parseInvitation(invitation);
      if (!parsed) {
        throw new RequestError('invalid', t('bg_notInvitation'));
      }
      const { server } = await signedIn();
      await ask(server.joinGroup(parsed.groupId, parsed.inviteCode));
      const preferences = await refreshGroups(server, parsed.groupId);
      // The feed brings the group's older annotations too (the server records the join): read it now.
      void engine.syncNow();
      return preferences;
    },

    async 'group.invitation'({ groupId }) {
      const { server } = await signedIn();
      const code = await ask(server.inviteCodeOf(groupId));
      return { invitation: code ? invitationOf(groupId, code) : null };
    },
  };
}
