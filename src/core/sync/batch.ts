import { z } from 'zod';
import { AnnotationSchema, canonicalUuid } from '../model/annotation.ts';
import { SyncRecordSchema } from './protocol.ts';

/**
 * `POST /api/annotations/batch`: an outbox pushed in one request. Each write carries what its single
 * request would send in headers: `version: null` to create (If-None-Match: *), the version it edited
 * otherwise (If-Match). The server answers each one as that request would have been answered.
 */
export const MAX_BATCH = 100;

const GroupIdSchema = canonicalUuid('must be a group id (UUID)');
const VersionSchema = z.number().int().positive({ message: 'must be a version the server sent (from 1)' });

export const BatchPutSchema = z
  .strictObject({
    op: z.literal('put'),
    annotation: AnnotationSchema,
    group: GroupIdSchema.nullable(),
    version: VersionSchema.nullable(),
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

export const BatchDeleteSchema = z.strictObject({
  op: z.literal('delete'),
  id: canonicalUuid('must be an annotation id (UUID)'),
  version: VersionSchema,
});

export const BatchWriteSchema = z.strictObject({
  writes: z
    .array(
      z.discriminatedUnion('op', [BatchPutSchema, BatchDeleteSchema], { error: 'op must be put or delete' }),
    )
    .min(1, 'send at least one write')
    .max(MAX_BATCH, `send at most ${MAX_BATCH} writes at a time`),
});
export type BatchWrite = z.infer<typeof BatchWriteSchema>;
export type BatchWriteItem = BatchWrite['writes'][number];

/** The answer to one write: its status, and the record (written, or the current one on a 412). */
export const BatchResultSchema = z.strictObject({
  status: z.number().int(),
  record: SyncRecordSchema.optional(),
  current: SyncRecordSchema.nullable().optional(),
  error: z.string().optional(),
});
export type BatchResult = z.infer<typeof BatchResultSchema>;

export const BatchAnswerSchema = z.strictObject({ results: z.array(BatchResultSchema) });
export type BatchAnswer = z.infer<typeof BatchAnswerSchema>;
