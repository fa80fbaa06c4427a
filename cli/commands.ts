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

void registerCommand;
