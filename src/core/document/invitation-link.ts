/**
 * A group's invitation link: `<server>/join#<group id>.<invite code>`. The invitation rides in the
 * fragment, which a browser never sends, so it reaches no server log or proxy. The server answers the
 * path with a page for browsers without the extension; the extension recognises the address and opens
 * its settings ready to join.
 */

/** The path of every invitation link; the server's route and the extension's check share it. */
export const INVITATION_LINK_PATH = '/join';

const INVITATION =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{1,200})$/i;

/** An invitation as the group's owner shares it, `<group id>.<invite code>`, taken apart; null if not one. */
export function parseInvitation(text: string): { groupId: string; inviteCode: string } | null {
  const match = INVITATION.exec(text.trim());
  return match?.[1] && match[2] ? { groupId: match[1].toLowerCase(), inviteCode: match[2] } : null;
}

function originOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The link that invites into a group on a server (its origin, as the settings keep it). */
export function invitationLink(server: string, invitation: string): string {
  const origin = originOf(server);
  if (origin === null) throw new Error(`not a server address: ${server}`);
  if (parseInvitation(invitation) === null) throw new Error('not an invitation');
  return `${origin}${INVITATION_LINK_PATH}#${invitation.trim()}`;
}

/**
 * The server and invitation an address invites with, or null when it is not an invitation link: not
 * http(s), another path, or a fragment that is not an invitation. Any server counts (an invitation may
 * be to a server this browser is not set up for yet); the extension only sees addresses of servers the
 * user let it reach.
 */
export function linkedInvitation(address: string): { server: string; invitation: string } | null {
  const server = originOf(address);
  if (server === null) return null;
  const url = new URL(address);
  if (url.pathname.replace(/\/$/, '') !== INVITATION_LINK_PATH || url.search !== '') return null;
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return null;
  }
  return parseInvitation(fragment) ? { server, invitation: fragment.trim() } : null;
}
