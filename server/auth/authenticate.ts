import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db/sql-database.ts';
import { HttpError, unauthorized } from '../http/http-error.ts';
import { bearerToken, userOfToken, type User } from './tokens.ts';

export interface Authenticator {
  /** The signed-in user, or null for a request without `Authorization`; a bad token is a 401, not anonymous. */
  optionalUser(request: FastifyRequest): Promise<User | null>;
  requireUser(request: FastifyRequest): Promise<User>;
}

export function authenticator(db: Queryable): Authenticator {
  const optionalUser = async (request: FastifyRequest): Promise<User | null> => {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) return null;
    const user = token ? await userOfToken(db, token) : null;
    if (!user) {
      throw new HttpError(401, 'the token is not valid (signed out or mistyped); sign in again', {
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      });
    }
    return user;
  };
  return {
    optionalUser,
    async requireUser(request) {
      const user = await optionalUser(request);
      if (!user) throw unauthorized();
      return user;
    },
  };
}
