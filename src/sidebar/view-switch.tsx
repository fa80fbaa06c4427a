/** The switch between the annotation list and the commitment summary. */
import { t } from '../i18n/messages.ts';
import type { SidebarView } from './sidebar-state.ts';

export function ViewSwitch({ view, onChoose }: { view: SidebarView; onChoose: (view: SidebarView) => void }) {
  return (
    <nav class="view-switch" aria-label={t('sidebar_viewsLabel')}>
      <button
        type="button"
        class="button"
        data-testid="view-annotations"
        aria-pressed={view === 'annotations'}
        onClick={() => onChoose('annotations')}
      >
        {t('sidebar_viewAnnotations')}
      </button>
      <button
        type="button"
        class="button"
        data-testid="view-summary"
        aria-pressed={view === 'summary'}
        onClick={() => onChoose('summary')}
      >
        {t('sidebar_viewSummary')}
      </button>
    </nav>
  );
}
