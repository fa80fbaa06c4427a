/** Who wrote which annotation, as far as the sync server told us, and who is signed in here. */
import type { SyncEngine } from './sync-engine.ts';
import { loadSettings } from './sync-settings.ts';

export async function authorship(
  engine: SyncEngine | undefined,
  ids: readonly string[],
): Promise<{ authors: Record<string, string>; me: string | null }> {
  if (!engine) return { authors: {}, me: null };
  const [settings, metas] = await Promise.all([loadSettings(), engine.records.metaFor(ids)]);
  const authors: Record<string, string> = {};
  for (const meta of metas) {
    if (meta.creatorName) authors[meta.id] = meta.creatorName;
  }
  // Signed out, the last account's annotations are still this user's own to edit.
  return { authors, me: settings.user?.username ?? null };
}
