/** The colour key of the highlights and the filters of the annotation list. */
import { COMPLETION_LEVELS, type Completion } from '../core/model/assessment.ts';
import type { CommitmentOutline } from '../messaging/protocol.ts';
import { COMPLETION_LABELS } from '../ui/assessment-view.tsx';
import { HIGHLIGHT_STYLES, type HighlightStyleName } from '../ui/highlight-style.ts';
import { isFiltering, isFilteringByList, NO_FILTERS, type Filters } from '../ui/annotation-filters.ts';
import { formatNumber, t } from '../i18n/messages.ts';
import { CommitmentSelect } from './commitment-select.tsx';

export function Legend() {
  return (
    <details class="legend" data-testid="legend">
      <summary class="section-title">{t('sidebar_legendHeading')}</summary>
      <ul class="legend-list">
        {(Object.keys(HIGHLIGHT_STYLES) as HighlightStyleName[]).map((name) => (
          <li key={name} data-testid="legend-item" data-style={name}>
            <span class="swatch" style={{ background: HIGHLIGHT_STYLES[name].colour }} aria-hidden="true" />
            {HIGHLIGHT_STYLES[name].label}
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface FilterPanelProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  outline: readonly CommitmentOutline[];
  tags: readonly string[];
  authors: readonly string[];
  shown: number;
  total: number;
}

export function FilterPanel({ filters, onChange, outline, tags, authors, shown, total }: FilterPanelProps) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const active = isFiltering(filters);
  // The search has its own box above: typing in it does not open the lists.
  const byList = isFilteringByList(filters);
  return (
    <details class="filters" data-testid="filters" open={byList}>
      <summary class="section-title">
        {t('sidebar_filterHeading')}
        {active && (
          <span class="field-hint">
            {' '}
            · {t('sidebar_filterShowing', formatNumber(shown), formatNumber(total))}
          </span>
        )}
      </summary>
      <div class="filter-grid">
        <label>
          {t('sidebar_filterCommitment')}
          <CommitmentSelect
            testId="filter-commitment"
            outline={outline}
            value={filters.commitment === null ? '' : String(filters.commitment)}
            first={[
              { value: '', label: t('sidebar_filterAll') },
              { value: 'none', label: t('sidebar_filterCommitmentNone') },
            ]}
            onChoose={(v) => set('commitment', v === '' ? null : v === 'none' ? 'none' : Number(v))}
          />
        </label>
        <label>
          {t('sidebar_filterTag')}
          <select
            data-testid="filter-tag"
            value={filters.tag ?? ''}
            onChange={(e) => set('tag', e.currentTarget.value || null)}
          >
            <option value="">{t('sidebar_filterAll')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sidebar_filterCompletion')}
          <select
            data-testid="filter-completion"
            value={filters.completion ?? ''}
            onChange={(e) => set('completion', (e.currentTarget.value || null) as Completion | null)}
          >
            <option value="">{t('sidebar_filterAll')}</option>
            {COMPLETION_LEVELS.map((c) => (
              <option key={c} value={c}>
                {COMPLETION_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sidebar_filterAuthor')}
          <select
            data-testid="filter-author"
            value={filters.author ?? ''}
            onChange={(e) => set('author', e.currentTarget.value || null)}
          >
            <option value="">{t('sidebar_filterAll')}</option>
            {authors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sidebar_filterEvidence')}
          <select
            data-testid="filter-support"
            value={filters.support ?? ''}
            onChange={(e) => set('support', (e.currentTarget.value || null) as Filters['support'])}
          >
            <option value="">{t('sidebar_filterAll')}</option>
            <option value="supported">{t('sidebar_filterSupported')}</option>
            <option value="unsupported">{t('sidebar_filterUnsupported')}</option>
          </select>
        </label>
        <label>
          {t('sidebar_filterPlace')}
          <select
            data-testid="filter-anchoring"
            value={filters.anchoring ?? ''}
            onChange={(e) => set('anchoring', (e.currentTarget.value || null) as Filters['anchoring'])}
          >
            <option value="">{t('sidebar_filterAll')}</option>
            <option value="anchored">{t('sidebar_filterAnchored')}</option>
            <option value="orphan">{t('sidebar_orphansHeading')}</option>
          </select>
        </label>
      </div>
      {byList && (
        <button
          type="button"
          class="button"
          data-testid="filter-clear"
          onClick={() => onChange({ ...NO_FILTERS, query: filters.query })}
        >
          {t('sidebar_filterClear')}
        </button>
      )}
    </details>
  );
}
