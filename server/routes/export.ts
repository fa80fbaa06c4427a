import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { encodeChunksAsync, type ChunkEncoder } from '../../src/core/export/chunk-encoder.ts';
import { w3cExportEncoder } from '../../src/core/export/annotation-collection.ts';
import { csvEncoder } from '../../src/core/export/csv.ts';
import type { MetaOf } from '../../src/core/export/export-meta.ts';
import { markdownReportEncoder } from '../../src/core/export/markdown-report.ts';
import type { Annotation } from '../../src/core/model/annotation.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import { HttpError } from '../http/http-error.ts';
import { parsePart } from '../http/request-parts.ts';
import { countExported, exportedRows, type ExportOrder } from '../store/group-export.ts';
import { ANNO_CONTEXT } from '../web-annotation/jsonld.ts';

export const EXPORT_FORMATS = ['jsonld', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PathSchema = z.strictObject({ id: z.uuid({ message: 'must be a group id (UUID)' }) });
const QuerySchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS, { error: 'must be jsonld, csv or md' }),
});

const FORMATS: Record<ExportFormat, { type: string; extension: string; order: ExportOrder }> = {
  jsonld: { type: `application/ld+json; profile="${ANNO_CONTEXT}"`, extension: 'jsonld', order: 'id' },
  // RFC 4180's media type; the BOM is left out, as a program reads this more often than Excel does.
  csv: { type: 'text/csv; charset=utf-8; header=present', extension: 'csv', order: 'id' },
  md: { type: 'text/markdown; charset=utf-8', extension: 'md', order: 'report' },
};

/** `attachment` with an ASCII name for every client and the group's own name (RFC 6266, RFC 8187). */
export function contentDisposition(groupName: string, extension: string): string {
  const ascii = groupName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'group';
  const utf8 = encodeURIComponent(`${groupName}-annotations.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}-annotations.${extension}"; filename*=UTF-8''${utf8}`;
}

/**
 * `GET /api/groups/{id}/export?format=jsonld|csv|md`: the group's annotations for its members, streamed
 * from the database a page at a time through src/core/export's encoders. The JSON-LD collection states
 * its total first: it is counted at the start, and an annotation written while the export runs may be
 * left out (see `onMismatch: 'truncate'`).
 */
export function exportRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  app.get('/api/groups/:id/export', async (request, reply) => {
    const user = await auth.requireUser(request);
    const { id } = parsePart('path', PathSchema, request.params);
    const { format } = parsePart('query', QuerySchema, request.query);
    const groups = await db.query<{ name: string; role: string }>(
      `select g.name, m.role from groups g join memberships m on m.group_id = g.id and m.user_id = $2
        where g.id = $1`,
      [id, user.id],
    );
    const group = groups[0];
    // As everywhere for groups: someone outside it cannot tell it from one that does not exist.
    if (!group) throw new HttpError(404, 'the group was not found, or you are not one of its members');
    const moderates = group.role === 'moderator' || group.role === 'owner';
    const spec = FORMATS[format];
    const origin = originOf(request);
    const { encoder, meta } = encoderFor(format, {
      title: `${group.name}: annotations`,
      collection: `${origin}/api/groups/${id}/export`,
      annotations: `${origin}/annotations/`,
      total: format === 'jsonld' ? await countExported(db, user.id, id, moderates) : 0,
      groupId: id,
      groupName: group.name,
    });
    const records = withMeta(exportedRows(db, user.id, id, moderates, spec.order), meta);
    void reply.headers({
      'content-type': spec.type,
      'content-disposition': contentDisposition(group.name, spec.extension),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    return reply.send(Readable.from(encodeChunksAsync(encoder, records)));
  });
}

function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * Who wrote the record being encoded: the row gives it, and the encoder's `metaOf` reads it, one record
 * at a time (an encoder asks for a record's meta only while that record is pushed).
 */
interface MetaSlot {
  creator: string;
  name: string;
}

async function* withMeta(
  rows: AsyncIterable<{ creator: string; creator_name: string; record: Annotation }>,
  slot: MetaSlot,
): AsyncGenerator<Annotation> {
  for await (const row of rows) {
    slot.creator = row.creator;
    slot.name = row.creator_name;
    yield row.record;
  }
}

interface EncoderSettings {
  title: string;
  collection: string;
  annotations: string;
  total: number;
  groupId: string;
  groupName: string;
}

function encoderFor(
  format: ExportFormat,
  settings: EncoderSettings,
): { encoder: ChunkEncoder; meta: MetaSlot } {
  const meta: MetaSlot = { creator: '', name: '' };
  const metaOf: MetaOf = () => ({
    creator: { id: `urn:uuid:${meta.creator}`, name: meta.name },
    group: { id: `urn:uuid:${settings.groupId}`, name: settings.groupName },
  });
  switch (format) {
    case 'jsonld':
      return {
        meta,
        encoder: w3cExportEncoder({
          id: settings.collection,
          label: settings.title,
          baseUrl: settings.annotations,
          metaOf,
          total: settings.total,
          onMismatch: 'truncate',
        }),
      };
    case 'csv':
      return { meta, encoder: csvEncoder({ metaOf }) };
    case 'md':
      return { meta, encoder: markdownReportEncoder({ title: settings.title, metaOf }) };
  }
}
