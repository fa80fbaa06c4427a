import type { FastifyError, FastifyInstance } from 'fastify';
import { drainBody } from './drain-body.ts';
import { etagOf } from '../../src/core/sync/protocol.ts';
import {
  DomainError,
  ForbiddenError,
  NotFoundError,
  StateConflictError,
  VersionConflictError,
} from '../store/domain-errors.ts';
import { HttpError } from './http-error.ts';

/** Fastify's own refusals, reworded for a person; they are the client's fault, so all stay 4xx. */
const FASTIFY_MESSAGES: Record<string, (limit: number) => [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (limit) => [413, `the body is larger than ${Math.round(limit / 1024)} KB`],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => [415, 'send JSON, with Content-Type: application/json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: () => [400, 'the body is empty; send a JSON object'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => [400, 'Content-Length does not match the body'],
  FST_ERR_CTP_INVALID_JSON_BODY: () => [400, 'the body is not valid JSON'],
};

/** The body of every refusal. */
export interface ErrorBody {
  error: string;
  fields?: { field: string; message: string }[];
  [more: string]: unknown;
}

/**
 * Every refusal is `{error, fields?}` with a 4xx status. Only a fault of the server itself is a 5xx, and
 * then the client sees no detail (it is logged); the fuzz test holds that no input reaches that branch.
 */
export function installErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler<FastifyError | HttpError | DomainError>((error, request, reply) => {
    const [status, body, headers] = answerTo(error, request.routeOptions.bodyLimit ?? bodyLimit);
    if (status >= 500) request.log.error(error);
    // (`inject()` has no socket and leaves `complete` unset: its body is in memory.)
    if (request.raw.complete !== false) {
      void reply.status(status).headers(headers).send(body);
      return;
    }
    // Refused before its body was read (too large, say): read the rest and throw it away, then answer
    // and close, so that the client, still sending, gets the answer instead of a reset connection.
    return drainBody(request.raw).then(() => {
      void reply.status(status).headers({ ...headers, connection: 'close' });
      return body;
    });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: `no route ${request.method} ${request.url.split('?')[0]}` });
  });
}

type Answer = [status: number, body: ErrorBody, headers: Record<string, string>];

/**
 * How a refusal of the store is answered over HTTP: the one place a domain error becomes a status. A
 * version conflict carries the current record (null: there is one this user may not read) and its ETag,
 * so that the client can merge and retry; the batch route answers each refused write with this too.
 */
export function answerToDomainError(error: DomainError): Answer {
  if (error instanceof VersionConflictError) {
    const { current } = error;
    return [412, { error: error.message, current }, current ? { etag: etagOf(current.version) } : {}];
  }
  if (error instanceof NotFoundError) return [404, { error: error.message }, {}];
  if (error instanceof ForbiddenError) return [403, { error: error.message }, {}];
  if (error instanceof StateConflictError) return [409, { error: error.message }, {}];
  // A kind added to the family without a status here is still the request's fault, never a 5xx.
  return [400, { error: error.message }, {}];
}

/** The status, body and headers a refusal is answered with. */
function answerTo(error: FastifyError | HttpError | DomainError, bodyLimit: number): Answer {
  if (error instanceof DomainError) return answerToDomainError(error);
  if (error instanceof HttpError) {
    return [
      error.statusCode,
      {
        error: error.message,
        ...error.details.body,
        ...(error.details.fields ? { fields: error.details.fields } : {}),
      },
      error.details.headers ?? {},
    ];
  }
  const known = error.code ? FASTIFY_MESSAGES[error.code] : undefined;
  if (known) {
    // A route may allow more than the default (a batch of writes).
    const [status, message] = known(bodyLimit);
    return [status, { error: message }, {}];
  }
  if (
    error instanceof SyntaxError ||
    (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
  ) {
    // JSON that does not parse (including a `__proto__` key, which the parser refuses) and other client errors.
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
    return [status, { error: `the request was refused: ${error.message}` }, {}];
  }
  return [500, { error: 'the server failed; the error is logged' }, {}];
}
