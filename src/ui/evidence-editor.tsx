/**
 * The sources that back a comment or an assessment, as a list of small forms. The address is checked
 * (http and https only) as soon as the field is left, with the same words the schema uses on save.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { WebUrlSchema } from '../core/model/web-url.ts';
import {
  EVIDENCE_KINDS,
  MAX_EVIDENCE,
  todayUtc,
  type Evidence,
  type EvidenceKind,
} from '../core/model/assessment.ts';
import { parseWith, type FieldError } from '../core/model/validation.ts';
import { fieldErrorText } from '../i18n/field-errors.ts';
import { formatNumber, t, type MessageKey } from '../i18n/messages.ts';
import { labelsOf } from './labels.ts';
import { localField, messagesAt } from './field-errors.ts';

/** An item as typed: every field a string, so a half-typed date is kept until it is fixed. */
export interface EvidenceDraft {
  key: number;
  url: string;
  title: string;
  kind: EvidenceKind;
  published: string;
  accessed: string;
  excerpt: string;
}

export const EVIDENCE_KIND_KEYS: Record<EvidenceKind, MessageKey> = {
  'official-document': 'ui_evidenceKindOfficialDocument',
  'law-or-decree': 'ui_evidenceKindLawOrDecree',
  budget: 'ui_evidenceKindBudget',
  dataset: 'ui_evidenceKindDataset',
  'government-website': 'ui_evidenceKindGovernmentWebsite',
  'self-assessment': 'ui_evidenceKindSelfAssessment',
  'irm-report': 'ui_evidenceKindIrmReport',
  news: 'ui_evidenceKindNews',
  'foi-response': 'ui_evidenceKindFoiResponse',
  interview: 'ui_evidenceKindInterview',
  'meeting-minutes': 'ui_evidenceKindMeetingMinutes',
  other: 'ui_evidenceKindOther',
};

export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, string>> = labelsOf(EVIDENCE_KIND_KEYS);

let nextKey = 1;

export function draftOf(evidence?: Partial<Evidence>): EvidenceDraft {
  return {
    key: nextKey++,
    url: evidence?.url ?? '',
    title: evidence?.title ?? '',
    kind: evidence?.kind ?? 'official-document',
    published: evidence?.published ?? '',
    accessed: evidence?.accessed ?? todayUtc(),
    excerpt: evidence?.excerpt ?? '',
  };
}

/** What the schema will judge: trimmed, an empty published date as none. */
export function evidenceOfDraft(draft: EvidenceDraft): Evidence {
  return {
    url: draft.url.trim(),
    title: draft.title,
    kind: draft.kind,
    published: draft.published.trim() === '' ? null : draft.published.trim(),
    accessed: draft.accessed.trim(),
    excerpt: draft.excerpt,
  };
}

export interface EvidenceEditorProps {
  items: readonly EvidenceDraft[];
  onChange: (items: EvidenceDraft[]) => void;
  /** Errors of the whole form; those at `evidence.N.field` are shown beside that field. */
  errors: readonly FieldError[];
  /** The tab the user is on, as evidence; null when it cannot be cited (not a web page). */
  currentPage?: () => Promise<{ url: string; title: string; kind?: EvidenceKind } | null>;
}

export function EvidenceEditor({ items, onChange, errors, currentPage }: EvidenceEditorProps) {
  const baseId = useId();
  const [urlChecks, setUrlChecks] = useState<Record<number, string>>({});
  const [pageNote, setPageNote] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const update = (key: number, change: Partial<EvidenceDraft>) =>
    onChange(items.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const focusItem = (index: number) =>
    // After Preact has drawn the new item.
    setTimeout(() => {
      const fields = listRef.current?.querySelectorAll<HTMLInputElement>('[data-testid="evidence-url"]');
      fields?.[index]?.focus();
    }, 0);

  const add = (evidence?: Partial<Evidence>) => {
    if (items.length >= MAX_EVIDENCE) return;
    onChange([...items, draftOf(evidence)]);
    focusItem(items.length);
  };

  const useCurrentPage = async () => {
    if (!currentPage) return;
    setPageNote(null);
    const page = await currentPage().catch(() => null);
    if (!page) {
      setPageNote(t('ui_evidenceNotCitable'));
      return;
    }
    add({
      url: page.url,
      title: page.title.slice(0, 500) || page.url,
      kind: page.kind ?? 'government-website',
    });
  };

  const checkUrl = (item: EvidenceDraft) => {
    const parsed = item.url.trim() === '' ? null : parseWith(WebUrlSchema, item.url.trim());
    setUrlChecks((prev) => ({
      ...prev,
      [item.key]: parsed && !parsed.ok && parsed.errors[0] ? fieldErrorText(parsed.errors[0]) : '',
    }));
  };

  return (
    <fieldset class="evidence-editor" data-testid="evidence-editor">
      <legend class="field-label">{t('ui_evidence')}</legend>
      {items.length === 0 && <p class="field-hint">{t('ui_noSourceYet')}</p>}
      <ol class="evidence-items" ref={listRef}>
        {items.map((item, index) => {
          const path = `evidence.${index}`;
          const id = (field: string) => `${baseId}-${item.key}-${field}`;
          const at = (field: string) => messagesAt(errors, `${path}.${field}`);
          const urlErrors = [...at('url'), ...(urlChecks[item.key] ? [urlChecks[item.key] as string] : [])];
          const fieldError = (field: string, messages: string[]) =>
            messages.length > 0 && (
              <p
                id={id(`${field}-error`)}
                class="field-error"
                role="alert"
                data-testid={`evidence-${field}-error`}
              >
                {[...new Set(messages)].join(' ')}
              </p>
            );
          return (
            <li key={item.key} class="evidence-item" data-testid="evidence-item">
              <label class="field-label" for={id('url')}>
                {t('ui_evidenceAddress')}
              </label>
              <input
                id={id('url')}
                type="url"
                inputMode="url"
                data-testid="evidence-url"
                value={item.url}
                aria-invalid={urlErrors.length > 0}
                aria-describedby={urlErrors.length > 0 ? id('url-error') : undefined}
                onInput={(e) => update(item.key, { url: e.currentTarget.value })}
                onBlur={() => checkUrl(item)}
              />
              {fieldError('url', urlErrors)}
              <label class="field-label" for={id('title')}>
                {t('ui_evidenceTitle')}
              </label>
              <input
                id={id('title')}
                type="text"
                data-testid="evidence-title"
                value={item.title}
                aria-invalid={at('title').length > 0}
                aria-describedby={at('title').length > 0 ? id('title-error') : undefined}
                onInput={(e) => update(item.key, { title: e.currentTarget.value })}
              />
              {fieldError('title', at('title'))}
              <label class="field-label" for={id('kind')}>
                {t('ui_evidenceKind')}
              </label>
              <select
                id={id('kind')}
                data-testid="evidence-kind"
                value={item.kind}
                onChange={(e) => update(item.key, { kind: e.currentTarget.value as EvidenceKind })}
              >
                {EVIDENCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {EVIDENCE_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
              {fieldError('kind', at('kind'))}
              <div class="evidence-dates">
                <span>
                  <label class="field-label" for={id('published')}>
                    {t('ui_evidencePublishedLabel')}
                  </label>
                  <input
                    id={id('published')}
                    type="text"
                    placeholder="2026-01-31"
                    data-testid="evidence-published"
                    value={item.published}
                    aria-invalid={at('published').length > 0}
                    aria-describedby={at('published').length > 0 ? id('published-error') : undefined}
                    onInput={(e) => update(item.key, { published: e.currentTarget.value })}
                  />
                </span>
                <span>
                  <label class="field-label" for={id('accessed')}>
                    {t('ui_evidenceAccessedLabel')}
                  </label>
                  <input
                    id={id('accessed')}
                    type="text"
                    placeholder="2026-01-31"
                    data-testid="evidence-accessed"
                    value={item.accessed}
                    aria-invalid={at('accessed').length > 0}
                    aria-describedby={at('accessed').length > 0 ? id('accessed-error') : undefined}
                    onInput={(e) => update(item.key, { accessed: e.currentTarget.value })}
                  />
                </span>
              </div>
              {fieldError('published', at('published'))}
              {fieldError('accessed', at('accessed'))}
              <label class="field-label" for={id('excerpt')}>
                {t('ui_evidenceExcerpt')} <span class="field-hint">{t('ui_optionalHint')}</span>
              </label>
              <textarea
                id={id('excerpt')}
                rows={2}
                data-testid="evidence-excerpt"
                value={item.excerpt}
                aria-invalid={at('excerpt').length > 0}
                onInput={(e) => update(item.key, { excerpt: e.currentTarget.value })}
              />
              {fieldError('excerpt', at('excerpt'))}
              <button
                type="button"
                class="button"
                data-testid="evidence-remove"
                aria-label={t('ui_removeSourceLabel', formatNumber(index + 1))}
                onClick={() => {
                  onChange(items.filter((i) => i.key !== item.key));
                  addRef.current?.focus();
                }}
              >
                {t('ui_removeSource')}
              </button>
            </li>
          );
        })}
      </ol>
      {errors
        .filter((e) => localField(e.field) === 'evidence')
        .map((e) => (
          <p key={e.message} class="field-error" role="alert">
            {fieldErrorText(e)}
          </p>
        ))}
      <div class="evidence-actions">
        <button
          type="button"
          class="button"
          ref={addRef}
          data-testid="evidence-add"
          disabled={items.length >= MAX_EVIDENCE}
          onClick={() => add()}
        >
          {t('ui_addSource')}
        </button>
        {currentPage && (
          <button
            type="button"
            class="button"
            data-testid="evidence-current-page"
            disabled={items.length >= MAX_EVIDENCE}
            onClick={() => void useCurrentPage()}
          >
            {t('ui_useCurrentPage')}
          </button>
        )}
      </div>
      {pageNote && (
        <p class="field-error" role="alert">
          {pageNote}
        </p>
      )}
    </fieldset>
  );
}
