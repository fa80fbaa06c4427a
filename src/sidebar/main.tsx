import { render } from 'preact';
import { localizePage } from '../ui/localize-page.ts';
import { SidebarApp } from './sidebar-app.tsx';
import '../ui/ui.css';
import './sidebar.css';
import './copy-link.css';

localizePage();
const root = document.getElementById('app');
if (root) render(<SidebarApp />, root);
