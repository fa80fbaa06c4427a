import { randomBytes } from 'node:crypto';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';

/** Levels an operator may set (`--log-level`, `LOG_LEVEL`); `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What `serve` logs when no level is set: one line per request. */
export const DEFAULT_LOG_LEVEL: LogLevel = 'info';

/** Where log lines go: stdout unless a test collects them. */
export interface LogOptions {
  level?: LogLevel;
  stream?: { write(line: string): void };
}

/**
 * Headers that carry secrets, censored should anything ever log a request's headers. The request line
 * itself logs none: no headers, no bodies (passwords, annotation text), no query string.
 */
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'];

/** Fastify's logger settings: JSON lines, one per request (see `logRequests`), never a body or header. */
export function loggerOptions(log: LogOptions | false | undefined): FastifyServerOptions {
  if (!log || log.level === 'silent') return { logger: false };
  return {
    logger: {
      level: log.level ?? DEFAULT_LOG_LEVEL,
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: {
        // Never the URL's query (a since cursor is harmless, but nothing promises the next one will be).
        req: (req: { method?: string; url?: string }) => ({ method: req.method, path: pathOf(req.url) }),
      },
      ...(log.stream ? { stream: log.stream } : {}),
    },
    // Fastify's own two lines per request (received, completed) are replaced by ours, one per request.
    disableRequestLogging: true,
    // Unique across the instances behind one proxy, short enough to read.
    genReqId: () => randomBytes(6).toString('hex'),
    requestIdLogLabel: 'reqId',
  };
}

function pathOf(url: string | undefined): string | undefined {
  return url?.split('?')[0];
}

/**
 * One line per request when its answer has gone: id, method, route pattern (`/api/annotations/:id`, never
 * the id or a query string), status and time taken in milliseconds.
 */
export function logRequests(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}

/**
 * A URL the router cannot decode (`/api/%zz`) is answered 400 before any hook runs, so `logRequests`
 * never sees it: answered here instead, with the same line and without repeating the URL.
 */
export function answerUndecodableUrl(
  _error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void reply
    .status(400)
    .send({ error: 'the URL is not valid: a percent sign must start an escape such as %20' });
  request.log.info(
    { method: request.method, route: null, status: 400, ms: Math.round(reply.elapsedTime * 10) / 10 },
    'request',
  );
}
