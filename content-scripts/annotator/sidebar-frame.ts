/**
 * The sidebar is an extension page in an iframe: cross-origin to the host page, so the page's scripts
 * cannot read it, and its address is a per-session dynamic URL the page cannot guess.
 */
import type { SidebarPanel } from '../../src/annotator/integration.ts';
import { t } from '../../src/i18n/messages.ts';

/** Wide windows keep the page readable beside the sidebar; narrow ones let it overlay. */
const SIDE_BY_SIDE = '@media (min-width: 1000px) { html { margin-right: 380px !important; } }';

export function createSidebarFrame(root: ShadowRoot, signal: AbortSignal): SidebarPanel {
  const doc = root.ownerDocument;
  const layout = doc.createElement('style');
  layout.setAttribute('data-plan-annotator', '');
  layout.textContent = SIDE_BY_SIDE;
  const frame = doc.createElement('iframe');
  frame.className = 'sidebar';
  frame.title = t('annotator_sidebarFrameTitle');
  frame.src = chrome.runtime.getURL('src/sidebar/sidebar.html');
  root.append(frame);
  signal.addEventListener(
    'abort',
    () => {
      frame.remove();
      layout.remove();
    },
    { once: true },
  );
  const show = () => {
    frame.hidden = false;
    (doc.head ?? doc.documentElement).append(layout);
  };
  const hide = () => {
    frame.hidden = true;
    layout.remove();
  };
  return { show, hide, toggle: () => (frame.hidden ? show() : hide()) };
}
