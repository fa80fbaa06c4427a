import { t, uiLanguage, type MessageKey } from '../../src/i18n/messages.ts';

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
  bar.setAttribute('aria-label', t('annotator_selectionToolbarLabel'));
  // The page may be in another language than our words: screen readers pronounce them by this.
  bar.lang = uiLanguage();
  bar.hidden = true;
  // `data-action` names the action whatever the language of the label.
  const button = (name: string, label: MessageKey, action: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = t(label);
    b.dataset['action'] = name;
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
  button('highlight', 'annotator_highlightButton', actions.highlight);
  button('comment', 'annotator_commentButton', actions.comment);
  button('assess', 'annotator_assessButton', actions.assess);
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
