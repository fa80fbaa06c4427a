import type { SyncRecord } from '../../src/core/sync/protocol.ts';

/*
 * What the store refuses, in the domain's words. The store knows nothing of HTTP; the one error handler
 * (`server/http/error-handler.ts`) gives each kind its status, body and headers.
 */

/** A refusal of the store: its message is for a person, and names what to do. */
export abstract class DomainError extends Error {}

/** The thing does not exist, or this user may not know that it does. */
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what} was not found`);
  }
}

/** The user may see the thing but not do this to it. */
export class ForbiddenError extends DomainError {}

/**
 * The write named a version (or asked to create) and the store holds another: `current` is the record
 * as this user may read it (its version included); null when it is someone else's that this user may not read.
 */
export class VersionConflictError extends DomainError {
  constructor(
    message: string,
    readonly current: SyncRecord | null,
  ) {
    super(message);
  }
}

/** The change would break a rule of the whole (a group left without an owner). */
export class StateConflictError extends DomainError {}
