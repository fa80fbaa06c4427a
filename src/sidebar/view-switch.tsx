/** The switch between the annotation list and the commitment summary. */
import { t, type MessageKey } from '../i18n/messages.ts';
import type { SidebarView } from './sidebar-state.ts';

const VIEWS: readonly (readonly [SidebarView, MessageKey])[] = [
  ['annotations', 'sidebar_viewAnnotations'],
  ['summary', 'sidebar_viewSummary'],
];

export function ViewSwitch({ view, onChoose }: { view: SidebarView; onChoose: (view: SidebarView) => void }) {
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
        </button>
      ))}
    </nav>
  );
}
