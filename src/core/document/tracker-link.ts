/**
 * Addresses of the sync server's public commitment tracker (server/routes/tracker.ts), shared by the
 * server, which answers them, and the extension, which links to them. Pure.
 */

/** A group's tracker page, on the server's origin. */
export function trackerGroupPath(groupId: string): string {
  return `/tracker/groups/${groupId.toLowerCase()}`;
}

/** A plan's page in a group's tracker. */
export function trackerPlanPath(groupId: string, planId: string): string {
  return `${trackerGroupPath(groupId)}/plans/${planId.toLowerCase()}`;
}

/** The link to a group's tracker on a server (its address as the settings keep it), or null when it is not http(s). */
export function trackerLink(server: string, groupId: string): string | null {
  try {
    const url = new URL(server);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.origin}${trackerGroupPath(groupId)}`;
  } catch {
    return null;
  }
}
