import type { FastifyError, FastifyInstance } from 'fastify';
import { HttpError } from './http-error.ts';

/** Fastify's own refusals, reworded for a person; they are the client's fault, so all stay 4xx. */
const FASTIFY_MESSAGES: Record<string, (limit: number) => [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (limit) => [413, `the body is larger than ${Math.round(limit / 1024)} KB`],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => [415, 'send JSON, with Content-Type: application/json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: () => [400, 'the body is empty; send a JSON object'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => [400, 'Content-Length does not match the body'],
  FST_ERR_CTP_INVALID_JSON_BODY: () => [400, 'the body is not valid JSON'],
};

/**
 * Every refusal is `{error, fields?}` with a 4xx status. Only a fault of the server itself is a 5xx, and
 * then the client sees no detail (it is logged); the fuzz test holds that no input reaches that branch.
 */
export function installErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler<FastifyError | HttpError>((error, request, reply) => {
    if (error instanceof HttpError) {
      void reply
        .status(error.statusCode)
        .headers(error.details.headers ?? {})
        .send({
          error: error.message,
          ...error.details.body,
          ...(error.details.fields ? { fields: error.details.fields } : {}),
        });
      return;
    }
    const known = error.code ? FASTIFY_MESSAGES[error.code] : undefined;
    if (known) {
      // A route may allow more than the default (a batch of writes).
      const [status, message] = known(request.routeOptions.bodyLimit ?? bodyLimit);
      void reply.status(status).send({ error: message });
      return;
    }
    if (
      error instanceof SyntaxError ||
      (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    ) {
      // JSON that does not parse (including a `__proto__` key, which the parser refuses) and other client errors.
      void reply.status(error.statusCode && error.statusCode < 500 ? error.statusCode : 400).send({
        error: `the request was refused: ${error.message}`,
      });
      return;
    }
    request.log.error(error);
    void reply.status(500).send({ error: 'the server failed; the error is logged' });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: `no route ${request.method} ${request.url.split('?')[0]}` });
  });
}
