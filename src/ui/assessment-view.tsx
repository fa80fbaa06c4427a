/** An annotation's assessment and evidence as a card shows them; evidence links are http/https only. */
import { evidenceOf, isUnsupported, type Annotation } from '../core/model/annotation.ts';
import type { Completion, Impact, OgpValue } from '../core/model/assessment.ts';
import { WebUrlSchema } from '../core/model/web-url.ts';
import { EVIDENCE_KIND_LABELS } from './evidence-editor.tsx';

export const COMPLETION_LABELS: Record<Completion, string> = {
  'no-evidence': 'No evidence',
  'not-started': 'Not started',
  limited: 'Limited',
  substantial: 'Substantial',
  complete: 'Complete',
};

export const OGP_VALUE_LABELS: Record<OgpValue, string> = {
  'access-to-information': 'Access to information',
  'civic-participation': 'Civic participation',
  'public-accountability': 'Public accountability',
  'technology-innovation': 'Technology and innovation',
};

export const IMPACT_LABELS: Record<Impact, string> = {
  none: 'None',
  minor: 'Minor',
  moderate: 'Moderate',
  transformative: 'Transformative',
};

export function UnsupportedBadge({ count }: { count?: number }) {
  return (
    <span
      class="badge badge-unsupported"
      data-testid="unsupported-badge"
      title="An assessment that cites no evidence"
    >
      {count === undefined ? 'Unsupported' : `${count} unsupported`}
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
                <dt>OGP values</dt>
                <dd>{assessment.values.map((v) => OGP_VALUE_LABELS[v]).join(', ')}</dd>
              </>
            )}
            {assessment.impact !== null && (
              <>
                <dt>Potential impact</dt>
                <dd>{IMPACT_LABELS[assessment.impact]}</dd>
              </>
            )}
            {assessment.verifiable !== null && (
              <>
                <dt>Verifiable</dt>
                <dd>{assessment.verifiable ? 'Yes' : 'No'}</dd>
              </>
            )}
          </dl>
        </div>
      )}
      {evidence.length > 0 && (
        <ul class="evidence-list" aria-label="Evidence" data-testid="card-evidence">
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
                {item.published && ` · published ${item.published}`} · accessed {item.accessed}
              </span>
              {item.excerpt && <blockquote class="evidence-excerpt">{item.excerpt}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
