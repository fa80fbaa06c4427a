import type { IncomingHttpHeaders } from 'node:http';
import { versionFromEtag } from '../../src/core/sync/protocol.ts';
import type { Precondition } from '../store/annotation-writes.ts';
import { HttpError } from './http-error.ts';

/**
 * The write a request asks for, read from its conditional headers: `If-None-Match: *` creates (where
 * `allowCreate`), `If-Match: "<version>"` updates that version; anything else is refused before the store.
 */
export function preconditionOf(headers: IncomingHttpHeaders, allowCreate: boolean): Precondition {
  const ifNoneMatch = headers['if-none-match'];
  const ifMatch = headers['if-match'];
  if (allowCreate && ifNoneMatch !== undefined && ifMatch === undefined) {
    if (ifNoneMatch.trim() !== '*')
      throw new HttpError(400, 'If-None-Match: only * (create) is understood here');
    return { kind: 'create' };
  }
  if (ifMatch !== undefined && ifNoneMatch === undefined) {
    const version = versionFromEtag(ifMatch);
    if (version === null) throw new HttpError(400, 'If-Match must be the ETag the server sent, like "3"');
    return { kind: 'update', version };
  }
  throw new HttpError(
    428,
    allowCreate
      ? 'send If-None-Match: * to create or If-Match: "<version>" to update (exactly one)'
      : 'send If-Match: "<version>" with the version you last read',
  );
}
