/** The settings page (the extension's options page, opened in a tab). */
import { render } from 'preact';
import { localizePage } from '../ui/localize-page.ts';
import { SettingsApp } from './settings-app.tsx';

localizePage();

const root = document.getElementById('app');
if (root) render(<SettingsApp />, root);
