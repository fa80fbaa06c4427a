/**
 * Who wrote which annotation, as far as the sync server told us, who is signed in here, and who may read
 * each one (the group a group annotation goes to, by name) with the defaults a new one gets.
 */
import type { Annotation } from '../../core/model/annotation.ts';
import type { Sharing } from '../../messaging/protocol.ts';
import type { SyncEngine } from './sync-engine.ts';
import { loadSettings } from './sync-settings.ts';

export interface Authorship extends Sharing {
  authors: Record<string, string>;
  me: string | null;
}

export async function authorship(
  engine: SyncEngine | undefined,
  annotations: readonly Annotation[],
): Promise<Authorship> {
  if (!engine) {
    return { authors: {}, me: null, groups: {}, defaults: { visibility: 'private', groupName: null } };
  }
  const [settings, metas] = await Promise.all([
    loadSettings(),
    engine.records.metaFor(annotations.map((a) => a.id)),
  ]);
  const groupNames = new Map(settings.groups.map((g) => [g.id, g.name]));
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const metaOf = new Map(metas.map((m) => [m.id, m]));
  const authors: Record<string, string> = {};
  const groups: Record<string, string> = {};
  for (const meta of metas) {
    if (meta.creatorName) authors[meta.id] = meta.creatorName;
    const name = meta.group === null ? undefined : groupNames.get(meta.group);
    if (name !== undefined && byId.get(meta.id)?.visibility === 'group') groups[meta.id] = name;
  }
  // A group annotation not yet sent has no group in its metadata when it was made private first: it
  // goes to the settings' group when it is sent (push.ts), so that is the group it names.
  const fallback = settings.group === null ? undefined : groupNames.get(settings.group);
  for (const annotation of annotations) {
    if (annotation.visibility === 'group' && groups[annotation.id] === undefined && fallback !== undefined) {
      if ((metaOf.get(annotation.id)?.group ?? null) === null) groups[annotation.id] = fallback;
    }
  }
  return {
    authors,
    // Signed out, the last account's annotations are still this user's own to edit.
    me: settings.user?.username ?? null,
    groups,
    defaults: { visibility: settings.visibility, groupName: fallback ?? null },
  };
}
