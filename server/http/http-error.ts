import type { FieldError } from '../../src/core/model/validation.ts';

/** An answer other than success: its status, a message a person can act on, and the fields at fault. */
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
export const notFound = (what: string): HttpError => new HttpError(404, `${what} was not found`);
export const forbidden = (message: string): HttpError => new HttpError(403, message);
