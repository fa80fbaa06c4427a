/** The switch between the annotation list, the page notes and the commitment summary. */
import { formatNumber, t, tn, type MessageKey } from '../i18n/messages.ts';
import type { SidebarView } from './sidebar-state.ts';

const VIEWS: readonly (readonly [SidebarView, MessageKey])[] = [
  ['annotations', 'sidebar_viewAnnotations'],
  ['notes', 'sidebar_viewPageNotes'],
  ['summary', 'sidebar_viewSummary'],
];

export function ViewSwitch({
  view,
  notes,
  onChoose,
}: {
  view: SidebarView;
  /** How many page notes there are (threads), shown on their button. */
  notes: number;
  onChoose: (view: SidebarView) => void;
}) {
  return (
    <nav class="view-switch" aria-label={t('sidebar_viewsLabel')}>
      {VIEWS.map(([name, label]) => (
        <button
          key={name}
          type="button"
          class="button"
          data-testid={`view-${name}`}
          aria-pressed={view === name}
          onClick={() => onChoose(name)}
        >
          {t(label)}
          {name === 'notes' && notes > 0 && (
            <>
              {' '}
              <span class="view-count" aria-hidden="true" data-testid="page-notes-count">
                {formatNumber(notes)}
              </span>
              <span class="visually-hidden">{tn('sidebar_pageNoteCount', notes)}</span>
            </>
          )}
        </button>
      ))}
    </nav>
  );
}
