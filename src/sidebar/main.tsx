import { render } from 'preact';
import { SidebarApp } from './sidebar-app.tsx';
import '../ui/ui.css';
import './sidebar.css';

const root = document.getElementById('app');
if (root) render(<SidebarApp />, root);
