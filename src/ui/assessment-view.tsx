/** An annotation's assessment and evidence as a card shows them; evidence links are http/https only. */
import { evidenceOf, isUnsupported, type Annotation } from '../core/model/annotation.ts';
import type { Completion, Impact, OgpValue, OpenedGovernment } from '../core/model/assessment.ts';
import { WebUrlSchema } from '../core/model/web-url.ts';
import { formatDate, t, tn, type MessageKey } from '../i18n/messages.ts';
import { EVIDENCE_KIND_LABELS } from './evidence-editor.tsx';
import { labelsOf } from './labels.ts';

/** The message of each completion level; the type checker sees that every level has one. */
export const COMPLETION_KEYS: Record<Completion, MessageKey> = {
  'no-evidence': 'ui_completionNoEvidence',
  'not-started': 'ui_completionNotStarted',
  limited: 'ui_completionLimited',
  substantial: 'ui_completionSubstantial',
  complete: 'ui_completionComplete',
};

export const OGP_VALUE_KEYS: Record<OgpValue, MessageKey> = {
  'access-to-information': 'ui_ogpValueAccessToInformation',
  'civic-participation': 'ui_ogpValueCivicParticipation',
  'public-accountability': 'ui_ogpValuePublicAccountability',
  'technology-innovation': 'ui_ogpValueTechnologyInnovation',
};

export const IMPACT_KEYS: Record<Impact, MessageKey> = {
  none: 'ui_impactNone',
  minor: 'ui_impactMinor',
  moderate: 'ui_impactModerate',
  transformative: 'ui_impactTransformative',
};

export const OPENED_GOVERNMENT_KEYS: Record<OpenedGovernment, MessageKey> = {
  worsened: 'ui_openedGovernmentWorsened',
  'did-not-change': 'ui_openedGovernmentDidNotChange',
  marginal: 'ui_openedGovernmentMarginal',
  major: 'ui_openedGovernmentMajor',
  outstanding: 'ui_openedGovernmentOutstanding',
};

/** The labels in the reader's language, read when shown: `COMPLETION_LABELS[level]`. */
export const COMPLETION_LABELS: Readonly<Record<Completion, string>> = labelsOf(COMPLETION_KEYS);
export const OGP_VALUE_LABELS: Readonly<Record<OgpValue, string>> = labelsOf(OGP_VALUE_KEYS);
export const IMPACT_LABELS: Readonly<Record<Impact, string>> = labelsOf(IMPACT_KEYS);

export function UnsupportedBadge({ count }: { count?: number }) {
  return (
    <span class="badge badge-unsupported" data-testid="unsupported-badge" title={t('ui_unsupportedTitle')}>
      {count === undefined ? t('ui_unsupported') : tn('ui_unsupportedCount', count)}
    </span>
  );
}

export function AssessmentView({ annotation }: { annotation: Annotation }) {
  const assessment = annotation.body.assessment;
  const evidence = evidenceOf(annotation);
  return (
    <>
      {assessment && (
        <div class="assessment-view" data-testid="card-assessment">
          <span class={`badge completion completion-${assessment.completion}`} data-testid="card-completion">
            {COMPLETION_LABELS[assessment.completion]}
          </span>
          {isUnsupported(annotation) && <UnsupportedBadge />}
          <dl class="assessment-fields">
            {assessment.values.length > 0 && (
              <>
                <dt>{t('ui_ogpValues')}</dt>
                <dd>{assessment.values.map((v) => OGP_VALUE_LABELS[v]).join(', ')}</dd>
              </>
            )}
            {assessment.impact !== null && (
              <>
                <dt>{t('ui_potentialImpact')}</dt>
                <dd>{IMPACT_LABELS[assessment.impact]}</dd>
              </>
            )}
            {assessment.verifiable !== null && (
              <>
                <dt>{t('ui_verifiable')}</dt>
                <dd>{assessment.verifiable ? t('ui_yes') : t('ui_no')}</dd>
              </>
            )}
          </dl>
        </div>
      )}
      {evidence.length > 0 && (
        <ul class="evidence-list" aria-label={t('ui_evidence')} data-testid="card-evidence">
          {evidence.map((item, index) => (
            <li key={`${index}:${item.url}`} data-testid="card-evidence-item">
              {/* Stored records were checked, but a link is only ever made from an http(s) address. */}
              {WebUrlSchema.safeParse(item.url).success ? (
                <a href={item.url} target="_blank" rel="noopener noreferrer">
                  {item.title}
                </a>
              ) : (
                <span>{item.title}</span>
              )}
              <span class="evidence-meta">
                {' '}
                · {EVIDENCE_KIND_LABELS[item.kind]}
                {item.published && ` · ${t('ui_evidencePublished', formatDate(item.published))}`} ·{' '}
                {t('ui_evidenceAccessed', formatDate(item.accessed))}
              </span>
              {item.excerpt && <blockquote class="evidence-excerpt">{item.excerpt}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
