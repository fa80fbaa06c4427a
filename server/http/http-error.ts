import type { FieldError } from '../../src/core/model/validation.ts';

/**
 * A refusal of the request itself (its headers, its shape, its sign-in), thrown by routes and the HTTP
 * layer; the store throws `DomainError`s instead. Its status, a message a person can act on, and the
 * fields at fault.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details: {
      fields?: FieldError[];
      headers?: Record<string, string>;
      body?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
  }
}

export const unauthorized = (): HttpError =>
  new HttpError(401, 'sign in first: send Authorization: Bearer <token>');
