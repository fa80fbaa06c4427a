/**
 * The one element the annotator adds to a page: a host with a CLOSED shadow root, so the page's
 * scripts cannot reach the toolbar or read the sidebar frame's address.
 */
export interface UiHost {
  root: ShadowRoot;
  destroy(): void;
}

const STYLE = `
:host { all: initial; }
.toolbar {
  position: absolute; z-index: 2147483646; display: flex; gap: 2px; padding: 3px;
  background: #1f2933; border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.25);
  font: 13px/1.2 system-ui, sans-serif;
}
.toolbar[hidden] { display: none; }
.toolbar button {
  all: unset; cursor: pointer; color: #fff; padding: 6px 10px; border-radius: 6px;
}
.toolbar button:hover, .toolbar button:focus-visible { background: #3e4c59; outline: 2px solid #ffd600; outline-offset: -2px; }
.notice {
  position: absolute; z-index: 2147483646; box-sizing: border-box; max-width: min(360px, 90vw); padding: 8px 10px;
  background: #fff; color: #8a1c1c; border: 1px solid #c2410c; border-left-width: 4px; border-radius: 6px;
  box-shadow: 0 4px 14px rgba(0,0,0,.2); font: 13px/1.4 system-ui, sans-serif;
  /* Words only: the page's text under it stays selectable, and a press there dismisses it as elsewhere. */
  pointer-events: none;
}
.notice[hidden] { display: none; }
.sidebar {
  /* An iframe is a replaced element: top and bottom alone do not stretch it. */
  position: fixed; z-index: 2147483647; top: 0; right: 0; height: 100vh; width: 380px; max-width: 90vw;
  border: 0; border-left: 1px solid #cbd2d9; box-shadow: -6px 0 18px rgba(0,0,0,.12); background: #fff;
}
.sidebar[hidden] { display: none; }
`;

export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement('plan-annotator');
  // Our own text must never be read as the page's text (see skipNonContent).
  host.setAttribute('data-plan-annotator', '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  doc.documentElement.append(host);
  return { root, destroy: () => host.remove() };
}
