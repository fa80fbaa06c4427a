/**
 * Following a group's invitation link (`<server>/join#<invitation>`, src/core/document/invitation-link.ts):
 * a tab that starts loading one is sent to the settings page instead, with the server and invitation in
 * its fragment, where the Join form waits for the user's click. Nothing joins by itself: a link only
 * fills in a form. The address is visible here only for servers the user let the extension reach.
 */
import { linkedInvitation } from '../core/document/invitation-link.ts';
import { extensionUrl, navigateTab } from './browser.ts';

/** The settings page's path in the built extension (manifest `options_ui`). */
const SETTINGS_PATH = 'src/settings/settings.html';

/** Sends the tab to the settings, ready to join, if `url` is an invitation link; whether it was one. */
export async function followInvitation(tabId: number, url: string): Promise<boolean> {
  const linked = linkedInvitation(url);
  if (linked === null) return false;
  const fragment = new URLSearchParams({ join: linked.invitation, server: linked.server });
  await navigateTab(tabId, extensionUrl(`${SETTINGS_PATH}#${fragment.toString()}`));
  return true;
}
