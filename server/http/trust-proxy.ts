import { isIP } from 'node:net';

/**
 * Which proxies' `X-Forwarded-For` the server believes for a client's address (sign-in and sign-up
 * limits count per address): none (false, the default: the socket's peer is the client), or the
 * proxies at these addresses and ranges. Never "all", nor a count of hops: then a client connecting
 * directly could name any address it liked in the header, and no limit would hold.
 */
export type TrustProxy = false | string[];

/** Names proxy-addr (fastify's) understands for whole ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  if (rest.length > 0) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * `--trust-proxy` / `TRUST_PROXY`: `0` or nothing (trust none), or a comma-separated list of proxy
 * addresses, CIDR ranges, or `loopback`, `linklocal`, `uniquelocal`. Throws a message naming what is
 * wrong.
 */
export function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim();
  if (text === '0' || text === '') return false;
  const entries = text.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isAddressOrRange(entry));
  if (wrong !== undefined && /^\d+$/.test(wrong)) {
    // TRUST_PROXY=1 once meant "believe every X-Forwarded-For"; a count of hops would be as unsafe.
    throw new Error(
      `--trust-proxy (TRUST_PROXY) takes the proxies' addresses, not a number ("${wrong}"): a number would let a client connecting directly name any address it liked; give your proxy's address or range, or loopback for a proxy on this machine`,
    );
  }
  if (wrong !== undefined) {
    throw new Error(
      `--trust-proxy (TRUST_PROXY) names the proxies whose X-Forwarded-For is believed: their addresses or ranges, comma-separated (10.0.0.5,10.1.0.0/16,loopback), or 0 for none; "${wrong}" is not an address or range`,
    );
  }
  return entries;
}
