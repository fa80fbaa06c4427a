/**
 * New ids for records (annotations, replies, exports). `crypto.randomUUID` exists only in secure
 * contexts: a content script on a plain-http page, or (in Firefox) the sidebar framed into one, has none
 * and threw, so nothing could be saved there. `crypto.getRandomValues` exists in every context (pages
 * of any origin, workers, Node), so every id is made from it here.
 */

/** Fills `bytes` with random values, as `crypto.getRandomValues` does; tests may pass their own. */
export type RandomFill = (bytes: Uint8Array) => Uint8Array;

const webCrypto: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/** A random (version 4) UUID of RFC 4122 (RFC 9562), in lower case: `xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx`. */
export function newUuid(random: RandomFill = webCrypto): string {
  const bytes = random(new Uint8Array(16));
  // The version (4, random) in the high nibble of byte 6; the variant (binary 10) in the top bits of byte 8.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
