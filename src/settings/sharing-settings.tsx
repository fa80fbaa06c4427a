/** Groups (create, join, share the invitation) and the defaults new annotations get. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Visibility } from '../core/model/annotation.ts';
import { t, type MessageKey } from '../i18n/messages.ts';
import { call } from '../messaging/client.ts';
import type { SyncPreferences } from '../messaging/protocol.ts';
import { InvitationField } from './invitation-field.tsx';
import { useAction } from './use-action.ts';

interface Props {
  preferences: SyncPreferences;
  onChange(preferences: SyncPreferences): void;
  /** The invitation an invitation link brought, to join with one click. */
  invited?: string | undefined;
}

type Role = SyncPreferences['groups'][number]['role'];

/** Each choice with who that is, as one phrase: "Private: only you". */
const VISIBILITIES: { value: Visibility; words: MessageKey }[] = [
  { value: 'private', words: 'settings_visibilityPrivate' },
  { value: 'group', words: 'settings_visibilityGroup' },
  { value: 'public', words: 'settings_visibilityPublic' },
];

const ROLE_WORDS: Record<Role, MessageKey> = {
  owner: 'settings_roleOwner',
  moderator: 'settings_roleModerator',
  member: 'settings_roleMember',
};

export function SharingSettings({ preferences, onChange, invited }: Props) {
  const defaults = useAction();
  const choose = (change: { group?: string | null; visibility?: Visibility }) =>
    void defaults.run(async () => {
      const result = await call('settings.update', change);
      if (!result.ok) return result.error.message;
      onChange(result.value);
      return null;
    });

  return (
    <>
      <div class="settings__form" role="group" aria-labelledby="defaults-heading">
        <h3 id="defaults-heading">{t('settings_defaultsHeading')}</h3>
        <label for="settings-group">{t('settings_groupLabel')}</label>
        <select
          id="settings-group"
          data-testid="settings-group-select"
          value={preferences.group ?? ''}
          disabled={defaults.busy || preferences.groups.length === 0}
          onChange={(event) => choose({ group: event.currentTarget.value || null })}
        >
          {preferences.groups.length === 0 && <option value="">{t('settings_noGroupYet')}</option>}
          {preferences.groups.map((group) => (
            <option key={group.id} value={group.id}>
              {t(
                'settings_groupOption',
                group.name,
                Object.hasOwn(ROLE_WORDS, group.role) ? t(ROLE_WORDS[group.role]) : group.role,
              )}
            </option>
          ))}
        </select>
        <fieldset class="settings__choices">
          <legend>{t('settings_visibilityLegend')}</legend>
          {VISIBILITIES.map((option) => (
            <label key={option.value} class="settings__choice">
              <input
                type="radio"
                name="visibility"
                value={option.value}
                data-testid={`settings-visibility-${option.value}`}
                checked={preferences.visibility === option.value}
                disabled={defaults.busy}
                onChange={() => choose({ visibility: option.value })}
              />{' '}
              {t(option.words)}
            </label>
          ))}
        </fieldset>
        <p class="settings__error" role="alert" data-testid="settings-defaults-error">
          {defaults.error}
        </p>
      </div>
      <CreateGroup server={preferences.server} onChange={onChange} />
      <JoinGroup onChange={onChange} invited={invited} />
      {preferences.group && (
        <Invitation server={preferences.server} groupId={preferences.group} key={preferences.group} />
      )}
    </>
  );
}

function CreateGroup({ server, onChange }: Pick<Props, 'onChange'> & { server: string }) {
  const [name, setName] = useState('');
  const [invitation, setInvitation] = useState('');
  const action = useAction();
  return (
    <form
      class="settings__form"
      aria-labelledby="create-group-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          if (!name.trim()) return t('settings_groupNameMissing');
          const result = await call('group.create', { name: name.trim() });
          if (!result.ok) return result.error.message;
          setName('');
          setInvitation(result.value.invitation);
          onChange(result.value);
          return null;
        });
      }}
    >
      <h3 id="create-group-heading">{t('settings_createGroupHeading')}</h3>
      <label for="settings-group-name">{t('settings_groupName')}</label>
      <div class="settings__row">
        <input
          id="settings-group-name"
          data-testid="settings-group-name"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit" data-testid="settings-group-create" disabled={action.busy}>
          {t('settings_createGroup')}
        </button>
      </div>
      {invitation && (
        <div class="settings__created">
          <p class="settings__success">{t('settings_groupCreatedShare')}</p>
          <InvitationField value={invitation} server={server} testId="settings-new-invitation" />
        </div>
      )}
      <p class="settings__error" role="alert" data-testid="settings-create-error">
        {action.error}
      </p>
    </form>
  );
}

function JoinGroup({ onChange, invited }: Pick<Props, 'onChange' | 'invited'>) {
  const [invitation, setInvitation] = useState(invited ?? '');
  const join = useRef<HTMLButtonElement>(null);
  // Arrived from an invitation link: the Join button is where the reader's attention goes.
  useEffect(() => {
    if (invited) join.current?.focus();
  }, [invited]);
  const [joined, setJoined] = useState('');
  const action = useAction();
  return (
    <form
      class="settings__form"
      aria-labelledby="join-group-heading"
      onSubmit={(event) => {
        event.preventDefault();
        setJoined('');
        void action.run(async () => {
          if (!invitation.trim()) return t('settings_invitationMissing');
          const result = await call('group.join', { invitation: invitation.trim() });
          if (!result.ok) return result.error.message;
          setInvitation('');
          onChange(result.value);
          const group = result.value.groups.find((g) => g.id === result.value.group);
          setJoined(group ? t('settings_joinedNamed', group.name) : t('settings_joined'));
          return null;
        });
      }}
    >
      <h3 id="join-group-heading">{t('settings_joinGroupHeading')}</h3>
      {invited && (
        <p class="settings__note" data-testid="settings-join-invited">
          {t('settings_joinInvited')}
        </p>
      )}
      <label for="settings-join">{t('settings_invitation')}</label>
      <div class="settings__row">
        <input
          id="settings-join"
          data-testid="settings-join-invitation"
          value={invitation}
          onInput={(event) => setInvitation(event.currentTarget.value)}
        />
        <button ref={join} type="submit" data-testid="settings-join" disabled={action.busy}>
          {t('settings_join')}
        </button>
      </div>
      <p class="settings__note" aria-live="polite" data-testid="settings-joined">
        {joined}
      </p>
      <p class="settings__error" role="alert" data-testid="settings-join-error">
        {action.error}
      </p>
    </form>
  );
}

/** The chosen group's invitation, for its owners and moderators. */
function Invitation({ server, groupId }: { server: string; groupId: string }) {
  const [invitation, setInvitation] = useState<string | null>(null);
  const action = useAction();
  return (
    <div class="settings__form" role="group" aria-labelledby="invitation-heading">
      <h3 id="invitation-heading">{t('settings_inviteHeading')}</h3>
      <div class="settings__row">
        <button
          type="button"
          data-testid="settings-show-invitation"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              const result = await call('group.invitation', { groupId });
              if (!result.ok) return result.error.message;
              setInvitation(result.value.invitation);
              return result.value.invitation ? null : t('settings_inviteNotAllowed');
            })
          }
        >
          {t('settings_showInvitation')}
        </button>
      </div>
      {invitation && <InvitationField value={invitation} server={server} testId="settings-invitation" />}
      <p class="settings__error" role="alert">
        {action.error}
      </p>
    </div>
  );
}
