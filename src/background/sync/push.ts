/**
 * A round's push: the outbox goes to the server a batch at a time, and each write's answer is applied
 * here as its single request's answer would be (acknowledged, merged after a 412, or refused for good).
 */
import type { Annotation } from '../../core/model/annotation.ts';
import type { BatchWriteItem } from '../../core/sync/batch.ts';
import { t } from '../../i18n/messages.ts';
import { CONFLICT_TAG, currentOf, privateCopyOf, resolveStale, sameContent } from './resolve-stale.ts';
import type { OutboxEntry, OutboxRefusal } from './sync-records.ts';
import { MAX_BATCHES, type Round } from './sync-round.ts';
import { ServerError, type WriteAnswer } from './sync-server.ts';
import type { RemoteRecord } from './sync-tx.ts';

/** Writes per batch request; at most the server's MAX_BATCH. */
const BATCH = 50;

type PushOutcome = 'done' | 'skipped';

/** One outbox entry on its way: the write sent for it, and the local record it was made from. */
interface Prepared {
  entry: OutboxEntry;
  annotation: Annotation | null;
  write: BatchWriteItem;
}

/**
 * Pushes until the outbox is empty, a batch at a time (`POST /api/annotations/batch`: one request and
 * one commit for up to BATCH writes, each answered as its own request would be); answers a note about
 * entries that must wait, or null.
 */
export async function pushOutbox(round: Round): Promise<string | null> {
  const skipped = new Set<string>();
  let note: string | null = null;
  for (let batchNumber = 0; batchNumber < MAX_BATCHES; batchNumber++) {
    const batch = (await round.records.pending(BATCH + skipped.size, round.account))
      .filter((entry) => !skipped.has(entry.id))
      .slice(0, BATCH);
    if (batch.length === 0) break;
    const sending: Prepared[] = [];
    for (const entry of batch) {
      const prepared = await prepare(round, entry, (text) => (note = text));
      if (prepared === 'skipped') skipped.add(entry.id);
      else if (prepared !== 'done') sending.push(prepared);
    }
    if (sending.length === 0) continue;
    const results = await round.server.batch(sending.map((p) => p.write));
    for (const [index, prepared] of sending.entries()) {
      const result = results[index];
      if (!result) throw new ServerError(502, t('bg_serverAnsweredOddlyRetry'));
      await settle(round, prepared, result, (text) => (note = text));
    }
  }
  return note;
}

/** What to send for one outbox entry; 'done' when nothing needs sending, 'skipped' when it must wait. */
async function prepare(
  round: Round,
  entry: OutboxEntry,
  notice: (text: string) => void,
): Promise<Prepared | PushOutcome> {
  const { settings, account, records } = round;
  const { annotation, meta } = await records.local(entry.id);
  if (!annotation) {
    // Deleted here. Never sent: nothing to tell the server.
    if (!meta || meta.version === null) {
      await records.drop(account, entry);
      return 'done';
    }
    return { entry, annotation: null, write: { op: 'delete', id: entry.id, version: meta.version } };
  }
  const group = annotation.visibility === 'private' ? null : (meta?.group ?? settings.group);
  if (annotation.visibility === 'group' && !group) {
    notice(t('bg_groupWaits'));
    return 'skipped';
  }
  return {
    entry,
    annotation,
    write: { op: 'put', annotation, group: group ?? null, version: meta?.version ?? null },
  };
}

/** What the server said of one write, applied here as a single request's answer would be. */
async function settle(
  round: Round,
  { entry, annotation }: Prepared,
  result: WriteAnswer,
  notice: (text: string) => void,
): Promise<void> {
  const { settings, account, records } = round;
  const me = settings.user?.username ?? null;
  if (result.record && result.status < 300) {
    await records.acknowledge(account, entry, { record: result.record, creatorName: me }, annotation);
    return;
  }
  if (result.status === 401) throw new ServerError(401, t('bg_signInAgain'));
  if (result.status >= 500) {
    throw new ServerError(result.status, t('bg_serverProblemRetry'));
  }
  if (result.status === 412) {
    await stale(round, entry, result.current === undefined ? {} : { current: result.current });
    return;
  }
  if (result.status === 404 && !annotation) {
    await records.drop(account, entry);
    return;
  }
  // Refused for good (not the creator, invalid for the server, too large). Where the server holds the
  // annotation and refused this sender's edit, its record comes back, so a pull cannot overwrite the
  // edit unseen, and the edit stays as a private copy of this user's. A change refused for what it
  // holds (too large, or its own request refused whole) would meet the same refusal as a copy: it
  // stays queued here as it is, marked, and is not sent again until it changes; the popup says why.
  const refusal: OutboxRefusal = {
    status: result.status,
    error: result.error ?? null,
    at: new Date().toISOString(),
  };
  const keep = result.status === 413 || result.whole === true;
  const copy = annotation && !keep ? privateCopyOf(annotation, () => crypto.randomUUID()) : null;
  const { changed, kept } = await records.refused(account, entry, copy, refusal, keep);
  round.changed(changed);
  if (kept) return;
  // The tag is data every copy carries, whatever the language, so its name goes in unchanged.
  const what = copy ? t('bg_changeKeptAsCopy', CONFLICT_TAG) : t('bg_changeKeptHere');
  // Two whole sentences, the server's own words (English) inside the second.
  notice(result.error ? `${what} ${t('bg_serverRefused', result.error)}` : what);
}

/** A 412: merge with what the server holds now, or delete over it if it is what we deleted. */
async function stale(round: Round, entry: OutboxEntry, body: Record<string, unknown>): Promise<void> {
  const { account, records } = round;
  const current = currentOf(body);
  const { annotation, meta } = await records.local(entry.id);
  const remote: RemoteRecord | null = current ? { record: current, creatorName: null } : null;
  if (!annotation) {
    if (!remote || remote.record.deleted) {
      await records.drop(account, entry);
    } else if (remote.record.annotation && !sameContent(remote.record.annotation, meta?.base ?? null)) {
      // Changed elsewhere since the version deleted here: the newer version stays, the delete goes.
      round.changed(await records.restoreRemote(account, entry, remote));
    } else {
      // A delete made on an old version of the same content: delete the current one (next round).
      await records.rebase(account, entry.id, remote);
    }
    return;
  }
  const resolution = resolveStale(annotation, meta?.base ?? null, current, () => crypto.randomUUID());
  if (resolution.kind === 'copy') {
    round.changed(await records.replaceWithCopy(account, entry.id, resolution.copy, meta?.group ?? null));
    return;
  }
  if (!remote) return;
  round.changed(
    await records.applyMerge(
      account,
      entry.id,
      resolution.merged,
      remote,
      resolution.copy,
      !resolution.settled,
    ),
  );
}
