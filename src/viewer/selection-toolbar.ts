/** Highlight, Comment and Assess over a selection in the PDF; the viewer is our own page, so no shadow root. */
export interface SelectionToolbar {
  showAt(rect: DOMRect): void;
  hide(): void;
  /** True for an event target inside the toolbar (a press there must not dismiss it). */
  contains(target: EventTarget | null): boolean;
}

export function bindSelectionToolbar(
  bar: HTMLElement,
  actions: { highlight(): void; comment(): void; assess(): void },
  signal: AbortSignal,
): SelectionToolbar {
  for (const button of bar.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    // Pressing a button would otherwise clear the selection before the click.
    button.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
    button.addEventListener(
      'click',
      () => {
        const action = button.dataset['action'];
        if (action === 'comment') actions.comment();
        else if (action === 'assess') actions.assess();
        else actions.highlight();
      },
      { signal },
    );
  }
  signal.addEventListener('abort', () => (bar.hidden = true), { once: true });
  return {
    showAt(rect) {
      const view = bar.ownerDocument.defaultView;
      if (!view) return;
      bar.hidden = false;
      bar.style.top = `${Math.min(rect.bottom + 8, view.innerHeight - 44)}px`;
      bar.style.left = `${Math.max(4, Math.min(rect.left, view.innerWidth - 200))}px`;
    },
    hide() {
      bar.hidden = true;
    },
    contains(target) {
      return target instanceof Node && bar.contains(target);
    },
  };
}
