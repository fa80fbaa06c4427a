/** The small toolbar that appears over a text selection: Highlight, Comment and Assess. */
export interface SelectionToolbar {
  showAt(rect: DOMRect): void;
  hide(): void;
  readonly visible: boolean;
}

export function createSelectionToolbar(
  root: ShadowRoot,
  actions: { highlight(): void; comment(): void; assess(): void },
  signal: AbortSignal,
): SelectionToolbar {
  const doc = root.ownerDocument;
  const bar = doc.createElement('div');
  bar.className = 'toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Annotate selection');
  bar.hidden = true;
  const button = (label: string, action: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset['action'] = label.toLowerCase();
    // Keep the page's selection alive: pressing a button would otherwise clear it before the click.
    b.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
    b.addEventListener(
      'click',
      (e) => {
        if (e.isTrusted) action();
      },
      { signal },
    );
    bar.append(b);
  };
  button('Highlight', actions.highlight);
  button('Comment', actions.comment);
  button('Assess', actions.assess);
  root.append(bar);
  signal.addEventListener('abort', () => bar.remove(), { once: true });

  return {
    showAt(rect) {
      const view = doc.defaultView;
      if (!view) return;
      bar.hidden = false;
      const top = rect.bottom + view.scrollY + 8;
      const left = Math.max(4, Math.min(rect.left + view.scrollX, view.scrollX + view.innerWidth - 200));
      bar.style.top = `${top}px`;
      bar.style.left = `${left}px`;
    },
    hide() {
      bar.hidden = true;
    },
    get visible() {
      return !bar.hidden;
    },
  };
}
