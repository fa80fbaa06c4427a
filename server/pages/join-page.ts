/**
 * The page an invitation link (`GET /join#<invitation>`) shows in a browser without the extension: what
 * the link is and how to join with it. The invitation is in the link's fragment, which browsers never
 * send, so the server does not know it and the page names no group; it tells the reader where in the
 * link to find it. Like the annotation page, it runs no script and its style is allowed by hash.
 */
import { markup } from '../http/html.ts';
import { page } from './annotation-page.ts';

export function joinPage(): string {
  return page(
    'Group invitation · Plan Annotator',
    markup`<main data-testid="join-page">
<h1>You were invited to a group on this Plan Annotator server</h1>
<p>Plan Annotator is a browser extension for annotating action plans together. To join the group:</p>
<ol>
<li>Install the Plan Annotator extension in Chrome, Chromium or Firefox.</li>
<li>In its settings, set the sync server to this server (the start of this link, before <code>/join</code>), and sign in or create an account.</li>
<li>Open this link again: the settings open with the invitation filled in; choose <strong>Join</strong>.</li>
</ol>
<p class="hint">Or paste the invitation yourself into <strong>Join a group</strong> in the settings: it is the part of this link after the <code>#</code>. It never reached this server.</p>
</main>`,
  );
}
