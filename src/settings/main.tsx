/** The settings page (the extension's options page, opened in a tab). */
import { render } from 'preact';
import { SettingsApp } from './settings-app.tsx';

const root = document.getElementById('app');
if (root) render(<SettingsApp />, root);
