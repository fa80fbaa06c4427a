/** The settings page: one section after another, each self-contained. */
import { t } from '../i18n/messages.ts';
import { AccountSection } from './account-section.tsx';
import { DetectorSection } from './detector-section.tsx';

export function SettingsApp() {
  return (
    <main class="settings">
      <h1 class="settings__title">{t('settings_title')}</h1>
      <AccountSection />
      <DetectorSection />
    </main>
  );
}
