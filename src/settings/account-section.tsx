/**
 * The sync server, the account on it, and how new annotations are shared. Every request goes through
 * the background, which alone holds the sign-in token.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FieldError } from '../core/model/validation.ts';
import { fieldErrorText } from '../i18n/field-errors.ts';
import { t } from '../i18n/messages.ts';
import { call } from '../messaging/client.ts';
import type { SyncPreferences } from '../messaging/protocol.ts';
import { withElement } from '../ui/with-element.tsx';
import { originPermission } from '../background/browser.ts';
import { parseInvitation } from '../core/document/invitation-link.ts';
import { SharingSettings } from './sharing-settings.tsx';
import { useAction } from './use-action.ts';

/** The server the extension may reach from install (manifest `host_permissions`). */
const DEFAULT_SERVER = 'http://127.0.0.1:8787';

/** The origin of what the user typed, or null when it is not an http(s) address. */
function originOf(address: string): string | null {
  try {
    const url = new URL(address.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** What an invitation link brought (src/background/invitation-links.ts): `#join=<invitation>&server=<origin>`. */
interface Invited {
  invitation: string;
  server: string;
}

function invitedByLink(): Invited | null {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const invitation = fragment.get('join');
  const server = originOf(fragment.get('server') ?? '');
  return invitation && parseInvitation(invitation) && server
    ? { invitation: invitation.trim(), server }
    : null;
}

export function AccountSection() {
  const [invited] = useState(invitedByLink);
  const [preferences, setPreferences] = useState<SyncPreferences | null>(null);
  const [loadError, setLoadError] = useState('');
  useEffect(() => {
    void call('settings.get', {}).then((result) => {
      if (result.ok) setPreferences(result.value);
      else setLoadError(result.error.message);
    });
  }, []);

  return (
    <section class="settings__section" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('settings_accountHeading')}</h2>
      <p class="settings__hint">{t('settings_accountHint')}</p>
      {loadError && (
        <p class="settings__error" role="alert">
          {loadError}
        </p>
      )}
      {preferences && (
        <>
          {invited && <InvitedNote invited={invited} preferences={preferences} />}
          <ServerForm preferences={preferences} onChange={setPreferences} invitedServer={invited?.server} />
          {preferences.username === null ? (
            <SignInForm server={preferences.server} onChange={setPreferences} />
          ) : (
            <SignedIn
              preferences={preferences}
              onChange={setPreferences}
              invited={invited?.server === preferences.server ? invited.invitation : undefined}
            />
          )}
        </>
      )}
    </section>
  );
}

interface Props {
  preferences: SyncPreferences;
  onChange(preferences: SyncPreferences): void;
}

/** Opened from an invitation link: what is left to do before the Join button below can join. */
function InvitedNote({ invited, preferences }: { invited: Invited; preferences: SyncPreferences }) {
  const words =
    invited.server !== preferences.server
      ? t('settings_invitedOtherServer', invited.server)
      : preferences.username === null
        ? t('settings_invitedSignInFirst')
        : t('settings_invitedReady');
  return (
    <p class="settings__invited" role="status" data-testid="settings-invited">
      {words}
    </p>
  );
}

function ServerForm({
  preferences,
  onChange,
  invitedServer,
}: Props & { invitedServer?: string | undefined }) {
  const [address, setAddress] = useState(invitedServer ?? preferences.server);
  const [saved, setSaved] = useState('');
  const action = useAction();

  const save = (event: Event) => {
    event.preventDefault();
    setSaved('');
    const origin = originOf(address);
    void action.run(async () => {
      if (!origin) return t('settings_serverAddressInvalid', DEFAULT_SERVER);
      // The browser asks only from a click, so this comes before anything else is awaited.
      if (!(await reachAllowed(origin))) return t('settings_serverPermissionRefused', origin);
      const result = await call('settings.update', { server: origin });
      if (!result.ok) return result.error.message;
      onChange(result.value);
      setAddress(result.value.server);
      setSaved(t('settings_serverSaved', result.value.server));
      return null;
    });
  };

  return (
    <form class="settings__form" onSubmit={save} aria-labelledby="server-heading">
      <h3 id="server-heading">{t('settings_serverHeading')}</h3>
      <label for="settings-server">{t('settings_serverAddress')}</label>
      <div class="settings__row">
        <input
          id="settings-server"
          data-testid="settings-server"
          type="url"
          value={address}
          autocomplete="url"
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <button type="submit" data-testid="settings-server-save" disabled={action.busy}>
          {t('settings_serverSave')}
        </button>
      </div>
      <p class="settings__note" aria-live="polite" data-testid="settings-server-saved">
        {saved}
      </p>
      <p class="settings__error" role="alert" data-testid="settings-server-error">
        {action.error}
      </p>
    </form>
  );
}

/**
 * Asks the browser, inside the click that calls this, to let the extension reach the sync server. Firefox
 * leaves even the default server's access to the user (it can be refused or taken back), so the address
 * is asked for again whenever it is about to be used; a browser that already allows it does not ask.
 */
function reachAllowed(origin: string): Promise<boolean> {
  return chrome.permissions.request({ origins: [originPermission(origin)] });
}

function SignInForm({ server, onChange }: Pick<Props, 'onChange'> & { server: string }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = (kind: 'account.signIn' | 'account.signUp') => {
    void action.run(async () => {
      if (!username.trim() || !password) return t('settings_credentialsMissing');
      if (!(await reachAllowed(server))) return t('settings_serverPermissionRefused', server);
      const result = await call(kind, { username: username.trim(), password });
      if (!result.ok) return plainRefusal(result.error);
      setPassword('');
      onChange(result.value);
      return null;
    });
  };

  return (
    <form
      class="settings__form"
      aria-labelledby="signin-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit('account.signIn');
      }}
    >
      <h3 id="signin-heading">{t('settings_accountSubheading')}</h3>
      <label for="settings-username">{t('settings_username')}</label>
      <input
        id="settings-username"
        data-testid="settings-username"
        autocomplete="username"
        value={username}
        onInput={(event) => setUsername(event.currentTarget.value)}
      />
      <label for="settings-password">{t('settings_password')}</label>
      <input
        id="settings-password"
        data-testid="settings-password"
        type="password"
        autocomplete="current-password"
        value={password}
        onInput={(event) => setPassword(event.currentTarget.value)}
      />
      <div class="settings__row">
        <button type="submit" data-testid="settings-signin" disabled={action.busy}>
          {t('settings_signIn')}
        </button>
        <button
          type="button"
          data-testid="settings-signup"
          disabled={action.busy}
          onClick={() => submit('account.signUp')}
        >
          {t('settings_signUp')}
        </button>
      </div>
      <p class="settings__error" role="alert" data-testid="settings-account-error">
        {action.error}
      </p>
    </form>
  );
}

function SignedIn({ preferences, onChange, invited }: Props & { invited?: string | undefined }) {
  const action = useAction();
  const signOut = () =>
    void action.run(async () => {
      const result = await call('account.signOut', {});
      if (!result.ok) return result.error.message;
      onChange(result.value);
      return null;
    });
  return (
    <>
      <div class="settings__form" role="group" aria-labelledby="account-heading-in">
        <h3 id="account-heading-in">{t('settings_accountSubheading')}</h3>
        <div class="settings__row">
          <p data-testid="settings-signed-in">
            {withElement('settings_signedInAs', <strong>{preferences.username}</strong>)}
          </p>
          <button type="button" data-testid="settings-signout" disabled={action.busy} onClick={signOut}>
            {t('settings_signOut')}
          </button>
        </div>
        <p class="settings__error" role="alert">
          {action.error}
        </p>
      </div>
      <SharingSettings preferences={preferences} onChange={onChange} invited={invited} />
    </>
  );
}

/**
 * The background's refusal names fields the way the schema does; say it as a sentence instead. This
 * rewrites only the English wording; a refusal in another language is shown as the background says it.
 */
/**
 * A refused sign-in or sign-up in plain words: each faulty field as a sentence ("The password must be at
 * least 8 characters."), in the reader's language; any other refusal (wrong password, no server) as the
 * background worded it.
 */
function plainRefusal(error: { message: string; fields?: FieldError[] }): string {
  const sentences = (error.fields ?? []).map((e) => {
    const why = fieldErrorText(e);
    if (e.field.endsWith('username')) return t('settings_refusedUsername', why);
    if (e.field.endsWith('password')) return t('settings_refusedPassword', why);
    return `${e.field}: ${why}`;
  });
  if (sentences.length > 0) return sentences.join(' ');
  return /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
}
