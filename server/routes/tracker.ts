import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../auth/authenticate.ts';
import type { SqlDatabase } from '../db/sql-database.ts';
import {
  commitmentCsv,
  commitmentJson,
  groupCsv,
  groupJson,
  planAtom,
  planCsv,
  planJson,
} from '../pages/tracker-data.ts';
import {
  commitmentPage,
  groupPage,
  planPage,
  TRACKER_CSP,
  trackerNotFoundPage,
} from '../pages/tracker-pages.ts';
import { planView, type PlanView } from '../pages/tracker-view.ts';
import {
  readerOf,
  trackerAnnotations,
  trackerGroup,
  trackerPlan,
  type TrackerReader,
} from '../store/tracker.ts';
import { sessionUser, trackerSessionRoutes } from './tracker-session.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Format = 'html' | 'json' | 'csv' | 'atom';

const TYPES: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** `<id>`, `<id>.json`, `<id>.csv` (and `.atom` where allowed): the id and the format asked for. */
function splitFormat(segment: string, allowed: readonly Format[]): { id: string; format: Format } | null {
  const match = /^(.*?)(?:\.(json|csv|atom))?$/.exec(segment);
  const format = (match?.[2] ?? 'html') as Format;
  if (!match || !allowed.includes(format)) return null;
  return { id: match[1] ?? '', format };
}

/** A strong validator of exactly what is sent (and to whom: the reader's kind is part of the body). */
const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  format: Format,
  body: string,
  reader: TrackerReader,
  filename: string,
): FastifyReply {
  const etag = etagOf(body);
  reply
    .header('etag', etag)
    .header('vary', 'authorization, cookie')
    // A public page may change at any time (a new assessment): revalidate each time, cheaply, by ETag.
    .header('cache-control', reader.member ? 'private, no-cache' : 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer');
  if (format === 'html') {
    reply.header('content-security-policy', TRACKER_CSP).header('x-frame-options', 'DENY');
  } else if (format === 'csv') {
    reply.header('content-disposition', `attachment; filename="${filename}.csv"`);
  }
  if (matches(request.headers['if-none-match'], etag)) return reply.status(304).send();
  return reply.status(200).header('content-type', TYPES[format]).send(body);
}

function notFound(reply: FastifyReply): FastifyReply {
  return reply
    .status(404)
    .header('content-type', TYPES.html)
    .header('content-security-policy', TRACKER_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-cache')
    .send(trackerNotFoundPage());
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The public commitment tracker (docs/ARCHITECTURE.md, "Commitment tracker"): pages for browsers, and
 * the same data as JSON, CSV and Atom. Read with an optional bearer token: a member of the group sees
 * its group annotations too, anyone else the public ones (server/store/tracker.ts). Every address that
 * shows nothing, malformed or unknown or not public, answers the same 404 page.
 */
export function trackerRoutes(app: FastifyInstance, db: SqlDatabase, auth: Authenticator): void {
  trackerSessionRoutes(app, db);
  async function readerFor(request: FastifyRequest, groupId: string): Promise<TrackerReader> {
    // A token (the extension, a script) first; else a browser's tracker session.
    const user = (await auth.optionalUser(request)) ?? (await sessionUser(db, request));
    return readerOf(db, groupId, user?.id ?? null);
  }

  /** The plan's view for this reader, or null when they may not see it. */
  async function viewOf(groupId: string, planId: string, reader: TrackerReader): Promise<PlanView | null> {
    const found = await trackerPlan(db, groupId, planId, reader);
    if (!found) return null;
    const [annotations, group] = await Promise.all([
      trackerAnnotations(db, groupId, found.plan.document.uri, reader),
      trackerGroup(db, groupId, reader),
    ]);
    return planView({ id: groupId, name: found.groupName }, found.plan, annotations, group?.plans ?? []);
  }

  app.get<{ Params: { group: string } }>('/tracker/groups/:group', async (request, reply) => {
    const part = splitFormat(request.params.group, ['html', 'json', 'csv']);
    if (!part || !UUID.test(part.id)) return notFound(reply);
    const groupId = part.id.toLowerCase();
    const reader = await readerFor(request, groupId);
    const group = await trackerGroup(db, groupId, reader);
    if (!group) return notFound(reply);
    const body =
      part.format === 'json'
        ? json(groupJson(group))
        : part.format === 'csv'
          ? groupCsv(group)
          : groupPage(group);
    return send(request, reply, part.format, body, reader, `tracker-${groupId}`);
  });

  app.get<{ Params: { group: string; plan: string } }>(
    '/tracker/groups/:group/plans/:plan',
    async (request, reply) => {
      const part = splitFormat(request.params.plan, ['html', 'json', 'csv', 'atom']);
      const groupId = request.params.group.toLowerCase();
      if (!part || !UUID.test(part.id) || !UUID.test(groupId)) return notFound(reply);
      const reader = await readerFor(request, groupId);
      const view = await viewOf(groupId, part.id.toLowerCase(), reader);
      if (!view) return notFound(reply);
      const body =
        part.format === 'json'
          ? json(planJson(view))
          : part.format === 'csv'
            ? planCsv(view)
            : part.format === 'atom'
              ? planAtom(view, `${request.protocol}://${request.host}`)
              : planPage(view);
      return send(request, reply, part.format, body, reader, `plan-${view.plan.id}`);
    },
  );

  app.get<{ Params: { group: string; plan: string; commitment: string } }>(
    '/tracker/groups/:group/plans/:plan/commitments/:commitment',
    async (request, reply) => {
      const part = splitFormat(request.params.commitment, ['html', 'json', 'csv']);
      const groupId = request.params.group.toLowerCase();
      const planId = request.params.plan.toLowerCase();
      if (!part || !/^[1-9][0-9]{0,5}$/.test(part.id) || !UUID.test(groupId) || !UUID.test(planId)) {
        return notFound(reply);
      }
      const reader = await readerFor(request, groupId);
      const view = await viewOf(groupId, planId, reader);
      const commitment = view?.commitments[Number(part.id) - 1];
      if (!view || !commitment) return notFound(reply);
      const body =
        part.format === 'json'
          ? json(commitmentJson(view, commitment))
          : part.format === 'csv'
            ? commitmentCsv(commitment)
            : commitmentPage(view, commitment);
      return send(request, reply, part.format, body, reader, `commitment-${view.plan.id}-${part.id}`);
    },
  );
}
