/**
 * An annotation's link: an address on the sync server, `<server>/a/<id>`. The server answers it with a
 * page for browsers without the extension; the extension recognises it and opens the document instead.
 */

/** The path every annotation link starts with; the server's route and the extension's check share it. */
export const ANNOTATION_LINK_PATH = '/a/';

const LINK = /^\/a\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

function originOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The link to an annotation on a server (its origin, as the settings keep it). */
export function annotationLink(server: string, id: string): string {
  const origin = originOf(server);
  if (origin === null) throw new Error(`not a server address: ${server}`);
  return `${origin}${ANNOTATION_LINK_PATH}${id.toLowerCase()}`;
}

/**
 * The id of the annotation an address links to on `server`, or null when it is not such a link: another
 * origin (port included), another path. A query or fragment is ignored.
 */
export function linkedAnnotationId(address: string, server: string): string | null {
  const origin = originOf(server);
  if (origin === null || originOf(address) !== origin) return null;
  const match = LINK.exec(new URL(address).pathname);
  return match?.[1] ? match[1].toLowerCase() : null;
}
