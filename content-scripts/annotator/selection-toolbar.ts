import { t, uiLanguage, type MessageKey } from '../../src/i18n/messages.ts';

/**
 * The small toolbar that appears over a text selection: Highlight, Comment and Assess, and under it,
 * when an action failed, what went wrong.
 */
export interface SelectionToolbar {
  showAt(rect: DOMRect): void;
  /** Says under the shown toolbar, in plain words, why an action failed; hiding or moving it clears this. */
  tell(message: string): void;
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
  // Outside the toolbar (whose children are its controls), announced as soon as it says something.
  const notice = doc.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.lang = bar.lang;
  notice.hidden = true;
  root.append(bar, notice);
  signal.addEventListener(
    'abort',
    () => {
      bar.remove();
      notice.remove();
    },
    { once: true },
  );
  const quiet = () => {
    notice.hidden = true;
    notice.textContent = '';
  };

  return {
    showAt(rect) {
      const view = doc.defaultView;
      if (!view) return;
      quiet();
      bar.hidden = false;
      const top = rect.bottom + view.scrollY + 8;
      const left = Math.max(4, Math.min(rect.left + view.scrollX, view.scrollX + view.innerWidth - 200));
      bar.style.top = `${top}px`;
      bar.style.left = `${left}px`;
    },
    tell(message) {
      if (bar.hidden) return;
      notice.style.top = `${bar.offsetTop + bar.offsetHeight + 4}px`;
      notice.style.left = bar.style.left;
      notice.hidden = false;
      notice.textContent = message;
    },
    hide() {
      bar.hidden = true;
      quiet();
    },
    get visible() {
      return !bar.hidden;
    },
  };
}
