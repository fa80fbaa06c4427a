import type { ErrorReply } from '../messaging/protocol.ts';

/**
 * A refusal a handler means to give, in words for the person using the extension. The router turns it
 * into an error reply as is; any other exception becomes `internal`.
 */
export class RequestError extends Error {
  readonly code: ErrorReply['code'];

  constructor(code: ErrorReply['code'], message: string) {
    super(message);
    this.name = 'RequestError';
    this.code = code;
  }
}
