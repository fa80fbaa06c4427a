/**
 * The sidebar is an extension page in an iframe: cross-origin to the host page, so the page's scripts
 * cannot read it, and its address is a per-session dynamic URL the page cannot guess.
 */
import type { SidebarPanel } from '../../src/annotator/integration.ts';
import { t } from '../../src/i18n/messages.ts';

/** Wide windows keep the page readable beside the sidebar; narrow ones let it overlay. */
const SIDE_BY_SIDE = '@media (min-width: 1000px) { html { margin-right: 380px !important; } }';

/**
 * A page taller than this (CSS pixels, about 200,000 characters of text in a wide window) gets the sidebar
 * over it rather than beside it. Narrowing the page lays out all of its text again, in one task the page
 * cannot split: 600 ms to a second for a 1 MB plan on a busy machine, a frozen page just as its highlights
 * come. Over the page, as Hypothesis opens by default, the sidebar costs nothing of the page's layout.
 */
const LONG_PAGE_HEIGHT = 40_000;

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
  /** Whether the sidebar goes beside the page; decided once, as the page's height changes with it. */
  let beside: boolean | undefined;
  const show = () => {
    // Read before the frame is shown, so the height comes from the layout the page already has.
    beside ??= doc.documentElement.scrollHeight <= LONG_PAGE_HEIGHT;
    frame.hidden = false;
    if (beside) (doc.head ?? doc.documentElement).append(layout);
  };
  const hide = () => {
    frame.hidden = true;
    layout.remove();
  };
  return { show, hide, toggle: () => (frame.hidden ? show() : hide()) };
}
