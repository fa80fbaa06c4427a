import { z } from 'zod';
import { AnnotationSchema, canonicalUuid } from '../model/annotation.ts';
import { fieldMessage } from '../model/field-messages.ts';

/**
 * The records and requests exchanged between the extension's sync engine and the server. The annotation
 * itself is the core `AnnotationSchema`, unchanged; what only the server knows (who wrote it, which group
 * may read it, its version and place in the change feed) wraps it, so the model stays the same offline.
 */

/** A position in the server's change feed: the `seq` of the last change seen, as decimal digits. */
export const CursorSchema = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,17})$/, 'must be a cursor returned by the server (decimal digits)');

export const RoleSchema = z.enum(['member', 'moderator', 'owner']);
export type Role = z.infer<typeof RoleSchema>;

/** The body of `PUT /api/annotations/{id}`. */
export const SyncWriteSchema = z
  .strictObject({
    annotation: AnnotationSchema,
    /** The group that reads a `group` annotation; on a `public` one, the group whose moderators may hide it. */
    group: canonicalUuid('must be a group id (UUID)').nullable().optional(),
  })
  .superRefine((write, ctx) => {
    const { visibility } = write.annotation;
    if (visibility === 'group' && !write.group) {
      ctx.addIssue({ code: 'custom', path: ['group'], message: 'a group annotation names its group' });
    }
    if (visibility === 'private' && write.group) {
      ctx.addIssue({ code: 'custom', path: ['group'], message: 'a private annotation names no group' });
    }
  });

/**
 * An annotation as the server holds it. A tombstone (`deleted`) and an annotation hidden by a moderator,
 * seen by someone other than its creator or the group's moderators, carry no `annotation`.
 */
export const SyncRecordSchema = z.strictObject({
  id: z.uuid(),
  annotation: AnnotationSchema.nullable(),
  group: z.uuid().nullable(),
  creator: z.uuid(),
  /** The creator's username, so that a reader can say who wrote it. */
  creatorName: z.string().max(64).optional(),
  /** Starts at 1 and grows by one on every write; the ETag is `"<version>"`. */
  version: z.number().int().positive(),
  /** The change-feed position of the last write. */
  seq: CursorSchema,
  deleted: z.boolean(),
  hidden: z.boolean(),
  /** Why a moderator hid it; sent only to its creator and the group's moderators. */
  hiddenReason: z.string().max(500).optional(),
});
export type SyncRecord = z.infer<typeof SyncRecordSchema>;

export const ChangesPageSchema = z.strictObject({
  changes: z.array(SyncRecordSchema),
  cursor: CursorSchema,
  more: z.boolean(),
});
export type ChangesPage = z.infer<typeof ChangesPageSchema>;

export const CredentialsSchema = z.strictObject({
  username: z.string().regex(/^[A-Za-z0-9._-]{3,32}$/, fieldMessage('usernameFormat')),
  password: z
    .string()
    .min(8, fieldMessage('passwordTooShort', 8))
    .max(1024, fieldMessage('passwordTooLong', 1024)),
});

export const NewGroupSchema = z.strictObject({
  name: z.string().trim().min(1, 'the name is empty').max(200, 'the name is longer than 200 characters'),
});

export const JoinGroupSchema = z.strictObject({
  inviteCode: z.string().min(1, 'the invite code is empty').max(200),
});

export const RoleChangeSchema = z.strictObject({ role: RoleSchema });

/** The longest reason a moderator gives for hiding an annotation, and a member for flagging one. */
export const HIDE_REASON_MAX = 500;
export const FLAG_REASON_MAX = 200;

/** The body of `PUT /api/annotations/{id}/hidden`: a reason goes with hiding only. */
export const HiddenChangeSchema = z
  .strictObject({
    hidden: z.boolean(),
    reason: z
      .string()
      .trim()
      .max(HIDE_REASON_MAX, `the reason is longer than ${HIDE_REASON_MAX} characters`)
      .optional(),
  })
  .superRefine((change, ctx) => {
    if (!change.hidden && change.reason !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason goes with hiding only' });
    }
  });

/** The body of `POST /api/annotations/{id}/flag` (may be empty). */
export const FlagSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .max(FLAG_REASON_MAX, `the reason is longer than ${FLAG_REASON_MAX} characters`)
    .optional(),
});

/** One flagged annotation in `GET /api/groups/{id}/flags`, for the group's moderators. */
export const FlaggedAnnotationSchema = z.strictObject({
  id: z.uuid(),
  /** How many members flagged it. */
  count: z.number().int().positive(),
  /** UTC ISO-8601 time of the latest flag. */
  latest: z.string(),
  /** The latest reasons given (newest first, at most 5), with who gave each. */
  reasons: z
    .array(z.strictObject({ by: z.string().max(64), reason: z.string().max(FLAG_REASON_MAX) }))
    .max(5),
});
export type FlaggedAnnotation = z.infer<typeof FlaggedAnnotationSchema>;

export const GroupFlagsSchema = z.strictObject({ flags: z.array(FlaggedAnnotationSchema) });
export type GroupFlags = z.infer<typeof GroupFlagsSchema>;

/** The payload of a server-sent `changed` event: everything up to this cursor may be fetched. */
export const ChangedEventSchema = z.strictObject({ cursor: CursorSchema });

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version named by an `If-Match` header, or null when it names none we could have issued. */
export function versionFromEtag(header: string): number | null {
  const match = /^\s*"([1-9][0-9]{0,9})"\s*$/.exec(header);
  return match?.[1] ? Number(match[1]) : null;
}
