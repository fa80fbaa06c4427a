/** The settings page: one section after another, each self-contained. */
import { AccountSection } from './account-section.tsx';
import { DetectorSection } from './detector-section.tsx';

export function SettingsApp() {
  return (
    <main class="settings">
      <h1 class="settings__title">Plan Annotator settings</h1>
      <AccountSection />
      <DetectorSection />
    </main>
  );
}
