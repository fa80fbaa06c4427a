/**
 * The assessment part of the annotation editor: completion level, OGP values, potential impact and
 * whether the commitment is verifiable, each with the refusals that name it. Props in, changes out.
 */
import {
  COMPLETION_LEVELS,
  IMPACT_LEVELS,
  OGP_VALUES,
  type Completion,
  type Impact,
  type OgpValue,
} from '../core/model/assessment.ts';
import type { FieldError } from '../core/model/validation.ts';
import { t } from '../i18n/messages.ts';
import { COMPLETION_LABELS, IMPACT_LABELS, OGP_VALUE_LABELS } from './assessment-view.tsx';
import { messagesAt } from './field-errors.ts';

/** What the form has chosen so far; an empty string is "not chosen". */
export interface AssessmentChoice {
  completion: Completion | '';
  values: OgpValue[];
  impact: Impact | '';
  verifiable: 'yes' | 'no' | '';
}

export interface AssessmentFieldsProps {
  /** The editor's id prefix, so the radio groups of two open forms never share a name. */
  baseId: string;
  /** What the assessment is about, for the line above the fields. */
  subject?: string | undefined;
  choice: AssessmentChoice;
  onChange: (change: Partial<AssessmentChoice>) => void;
  errors: readonly FieldError[];
}

export function AssessmentFields({ baseId, subject, choice, onChange, errors }: AssessmentFieldsProps) {
  const { completion, values, impact, verifiable } = choice;
  const completionErrors = messagesAt(errors, 'assessment.completion');
  const valuesErrors = messagesAt(errors, 'assessment.values');
  const impactErrors = messagesAt(errors, 'assessment.impact');
  const verifiableErrors = messagesAt(errors, 'assessment.verifiable');
  return (
    <>
      {subject && (
        <p class="form-subject" data-testid="assessment-subject">
          {t('ui_assessingSubject', subject)}
        </p>
      )}
      <fieldset
        class="choice-group"
        data-testid="assessment-completion"
        aria-invalid={completionErrors.length > 0}
      >
        <legend class="field-label">{t('ui_completion')}</legend>
        {COMPLETION_LEVELS.map((level) => (
          <label key={level} class="choice">
            <input
              type="radio"
              name={`${baseId}-completion`}
              value={level}
              checked={completion === level}
              onChange={() => onChange({ completion: level })}
            />
            {COMPLETION_LABELS[level]}
          </label>
        ))}
        {completionErrors.length > 0 && (
          <p class="field-error" role="alert" data-testid="completion-error">
            {completionErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <fieldset class="choice-group" data-testid="assessment-values">
        <legend class="field-label">{t('ui_ogpRelevance')}</legend>
        {OGP_VALUES.map((value) => (
          <label key={value} class="choice">
            <input
              type="checkbox"
              value={value}
              checked={values.includes(value)}
              onChange={(e) =>
                onChange({
                  values: e.currentTarget.checked
                    ? OGP_VALUES.filter((v) => v === value || values.includes(v))
                    : values.filter((v) => v !== value),
                })
              }
            />
            {OGP_VALUE_LABELS[value]}
          </label>
        ))}
        {valuesErrors.length > 0 && (
          <p class="field-error" role="alert">
            {valuesErrors.join(' ')}
          </p>
        )}
      </fieldset>
      <label class="field-label" for={`${baseId}-impact`}>
        {t('ui_potentialImpact')}
      </label>
      <select
        id={`${baseId}-impact`}
        data-testid="assessment-impact"
        value={impact}
        aria-invalid={impactErrors.length > 0}
        onChange={(e) => onChange({ impact: e.currentTarget.value as Impact | '' })}
      >
        <option value="">{t('ui_notAssessed')}</option>
        {IMPACT_LEVELS.map((level) => (
          <option key={level} value={level}>
            {IMPACT_LABELS[level]}
          </option>
        ))}
      </select>
      {impactErrors.length > 0 && (
        <p class="field-error" role="alert">
          {impactErrors.join(' ')}
        </p>
      )}
      <fieldset class="choice-group choice-row" data-testid="assessment-verifiable">
        <legend class="field-label">{t('ui_verifiable')}</legend>
        {(
          [
            ['yes', t('ui_yes')],
            ['no', t('ui_no')],
            ['', t('ui_notSaid')],
          ] as const
        ).map(([value, label]) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name={`${baseId}-verifiable`}
              value={value}
              checked={verifiable === value}
              onChange={() => onChange({ verifiable: value })}
            />
            {label}
          </label>
        ))}
        {verifiableErrors.length > 0 && (
          <p class="field-error" role="alert">
            {verifiableErrors.join(' ')}
          </p>
        )}
      </fieldset>
    </>
  );
}
