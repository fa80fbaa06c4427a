/**
 * The sync server, the account on it, and how new annotations are shared. Every request goes through
 * the background, which alone holds the sign-in token.
 */
import { useEffect, useState } from 'preact/hooks';
import { call } from '../messaging/client.ts';
import type { SyncPreferences } from '../messaging/protocol.ts';
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

export function AccountSection() {
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
      <h2 id="account-heading">Sync and account</h2>
      <p class="settings__hint">
        Sign in to a Plan Annotator server to share annotations with a group and to keep them on several
        computers. Without an account, everything stays in this browser.
      </p>
      {loadError && (
        <p class="settings__error" role="alert">
          {loadError}
        </p>
      )}
      {preferences && (
        <>
          <ServerForm preferences={preferences} onChange={setPreferences} />
          {preferences.username === null ? (
            <SignInForm onChange={setPreferences} />
          ) : (
            <SignedIn preferences={preferences} onChange={setPreferences} />
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

function ServerForm({ preferences, onChange }: Props) {
  const [address, setAddress] = useState(preferences.server);
  const [saved, setSaved] = useState('');
  const action = useAction();

  const save = (event: Event) => {
    event.preventDefault();
    setSaved('');
    const origin = originOf(address);
    void action.run(async () => {
      if (!origin)
        return 'The server address must start with http:// or https://, like http://127.0.0.1:8787.';
      // The browser asks only from a click, so this comes before anything else is awaited.
      if (origin !== DEFAULT_SERVER) {
        const granted = await chrome.permissions.request({ origins: [`${origin}/*`] });
        if (!granted) return `Plan Annotator needs your permission to reach ${origin}.`;
      }
      const result = await call('settings.update', { server: origin });
      if (!result.ok) return result.error.message;
      onChange(result.value);
      setAddress(result.value.server);
      setSaved(`Using ${result.value.server}.`);
      return null;
    });
  };

  return (
    <form class="settings__form" onSubmit={save} aria-labelledby="server-heading">
      <h3 id="server-heading">Server</h3>
      <label for="settings-server">Server address</label>
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
          Save address
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

function SignInForm({ onChange }: Pick<Props, 'onChange'>) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = (kind: 'account.signIn' | 'account.signUp') => {
    void action.run(async () => {
      if (!username.trim() || !password) return 'Enter a username and a password.';
      const result = await call(kind, { username: username.trim(), password });
      if (!result.ok) return plainRefusal(result.error.message);
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
      <h3 id="signin-heading">Account</h3>
      <label for="settings-username">Username</label>
      <input
        id="settings-username"
        data-testid="settings-username"
        autocomplete="username"
        value={username}
        onInput={(event) => setUsername(event.currentTarget.value)}
      />
      <label for="settings-password">Password (at least 8 characters)</label>
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
          Sign in
        </button>
        <button
          type="button"
          data-testid="settings-signup"
          disabled={action.busy}
          onClick={() => submit('account.signUp')}
        >
          Create account
        </button>
      </div>
      <p class="settings__error" role="alert" data-testid="settings-account-error">
        {action.error}
      </p>
    </form>
  );
}

function SignedIn({ preferences, onChange }: Props) {
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
        <h3 id="account-heading-in">Account</h3>
        <div class="settings__row">
          <p data-testid="settings-signed-in">
            Signed in as <strong>{preferences.username}</strong>
          </p>
          <button type="button" data-testid="settings-signout" disabled={action.busy} onClick={signOut}>
            Sign out
          </button>
        </div>
        <p class="settings__error" role="alert">
          {action.error}
        </p>
      </div>
      <SharingSettings preferences={preferences} onChange={onChange} />
    </>
  );
}

/** The background's refusal names fields the way the schema does; say it as a sentence instead. */
function plainRefusal(message: string): string {
  const sentence = message
    .replace(/^The request "account\.sign(In|Up)" was refused: /, '')
    .replace(/\busername: /, 'The username ')
    .replace(/\bpassword: /, 'The password ');
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
