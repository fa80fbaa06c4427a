/** What the sync engine keeps in IndexedDB beside the annotations (see annotation-store.ts). */
import type { Annotation } from '../../core/model/annotation.ts';

/** "This annotation changed here": the engine sends whatever the store holds for `id` when it pushes. */
export interface OutboxEntry {
  id: string;
  /** When it was queued, made unique per write; an acknowledgement removes only the entry it pushed. */
  queued: string;
  /**
   * The account (`accountKey`) it waits for: set when another account signs in while it waits, so it
   * is never sent under that account. Unset: it goes with whichever account syncs next.
   */
  account?: string;
  /**
   * Set when the server refused this change for good (too large, or another permanent 4xx): the entry
   * stays, so the change is never lost and no pull overwrites it, but it is not sent again until the
   * annotation is saved again (a new entry) or the user asks to send refused changes again; the popup
   * says why.
   */
  refused?: OutboxRefusal;
}

/** Why the server refused a queued change: its status, its own words (English) when it gave some. */
export interface OutboxRefusal {
  status: number;
  error: string | null;
  /** UTC ISO-8601. */
  at: string;
}

/** The account whose view of the server `syncMeta` holds, and how far its change feed was read. */
export interface SyncState {
  key: 'account';
  /** `accountKey(server, user id)`. */
  account: string;
  /** The change-feed position pulled up to, for this account. */
  cursor: string;
}

/** One account on one server: what the outbox, the metadata and the cursor belong to. */
export function accountKey(server: string, userId: string): string {
  return `${server}\n${userId}`;
}

/** What the server last said about one annotation. */
export interface SyncMeta {
  id: string;
  /** The server's version, or null before the server ever acknowledged it. */
  version: number | null;
  /** The group that reads it (group annotations) or may moderate it (public ones). */
  group: string | null;
  /** The creator's user id and name on the server; null for a record the server has not seen. */
  creator: string | null;
  creatorName: string | null;
  /** The annotation as the server last had it: the base of a three-way merge. */
  base: Annotation | null;
  /** Set on a conflict copy: the id of the annotation whose edit it keeps. */
  conflictOf?: string;
  /**
   * A moderator hid it and this reader still sees it (its creator, or a moderator of its group); the
   * reason, when the server told it (it tells only those readers).
   */
  hidden?: true;
  hiddenReason?: string;
  /**
   * A moderator hid it from this reader: the content is gone from this browser, and the sidebar shows a
   * placeholder on the document it was on. No `base` then.
   */
  placeholder?: { source: string };
}

/** The moderation fields of a record, as `SyncMeta` keeps them. */
export function moderationOf(record: { hidden: boolean; hiddenReason?: string | undefined }): {
  hidden?: true;
  hiddenReason?: string;
} {
  if (!record.hidden) return {};
  return record.hiddenReason !== undefined
    ? { hidden: true, hiddenReason: record.hiddenReason }
    : { hidden: true };
}

/** A copy of what `account` read from the server, set aside while another account is signed in here. */
export interface ParkedCopy {
  id: string;
  /** `accountKey` of the account it belongs to. */
  account: string;
  annotation: Annotation;
  meta: SyncMeta;
}
