/**
 * "Who can read it" in the editor: only me, the group, or everyone. The group is the one the settings
 * chose (or, on an annotation already in a group, that group); without one, the group choice waits.
 */
import { useId } from 'preact/hooks';
import type { Visibility } from '../core/model/annotation.ts';
import { t } from '../i18n/messages.ts';

export interface VisibilityChoice {
  value: Visibility;
  /** The group "a group" means, or null when there is none to choose. */
  groupName: string | null;
  onChange: (visibility: Visibility) => void;
}

export function VisibilityChooser({ value, groupName, onChange }: VisibilityChoice) {
  const name = `${useId()}-visibility`;
  const options: Array<{ value: Visibility; label: string; disabled: boolean }> = [
    { value: 'private', label: t('ui_visibilityChoicePrivate'), disabled: false },
    {
      value: 'group',
      label: groupName === null ? t('ui_visibilityChoiceNoGroup') : t('ui_visibilityChoiceGroup', groupName),
      disabled: groupName === null && value !== 'group',
    },
    { value: 'public', label: t('ui_visibilityChoicePublic'), disabled: false },
  ];
  return (
    <fieldset class="choice-group choice-row" data-testid="editor-visibility">
      <legend class="field-label">{t('ui_visibilityLegend')}</legend>
      {options.map((option) => (
        <label key={option.value} class="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            data-testid={`editor-visibility-${option.value}`}
            checked={value === option.value}
            disabled={option.disabled}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
