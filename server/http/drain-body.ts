import type { IncomingMessage } from 'node:http';

/**
 * How much of a refused upload is read and thrown away so that its sender can read the answer. Closing a
 * socket with unread bytes in it resets the connection, and the reset destroys the answer on its way:
 * the client gets EPIPE or ECONNRESET and never sees the 413. Past this many bytes the sender gets no
 * more of our bandwidth: the socket is closed, and the answer may be lost.
 */
export const DRAIN_CAP = 16 * 1024 * 1024;

/**
 * Reads and discards what is left of a request's body, holding no more than one chunk at a time.
 * Resolves true when the whole body came in, false when it passed `cap` bytes or the client went away.
 */
export function drainBody(raw: IncomingMessage, cap: number = DRAIN_CAP): Promise<boolean> {
  return new Promise((resolve) => {
    if (raw.complete || raw.readableEnded) {
      resolve(true);
      return;
    }
    let seen = 0;
    const finish = (whole: boolean) => {
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('error', onFail);
      raw.off('close', onClose);
      resolve(whole);
    };
    const onData = (chunk: Buffer | string) => {
      seen += chunk.length;
      if (seen > cap) finish(false);
    };
    const onEnd = () => finish(true);
    const onFail = () => finish(false);
    const onClose = () => finish(raw.complete);
    raw.on('data', onData);
    raw.once('end', onEnd);
    raw.once('error', onFail);
    raw.once('close', onClose);
    raw.resume();
  });
}
