/** The list of commands; each entry names a module in this folder with a `run(args)` export. */
import { registerCommand } from './main.ts';

registerCommand('serve', 'Start the sync server', () => import('./serve.ts'));
registerCommand(
  'inspect',
  'Is this an action plan? Its kind, language and commitments',
  () => import('./inspect.ts'),
);
registerCommand(
  'export',
  "A group's annotations from a sync server: JSON-LD, CSV or Markdown",
  () => import('./export.ts'),
);
registerCommand(
  'admin',
  'Accounts and groups: create, reset, disable, roles, erase',
  () => import('./admin.ts'),
);
registerCommand('backup', 'Everything in the database into one file', () => import('./backup.ts'));
registerCommand('restore', 'A backup file into an empty database', () => import('./restore.ts'));

void registerCommand;
