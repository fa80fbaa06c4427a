// `npm start`: the extension was just built (by the npm script); say how to load it, then run the
// sync server on its embedded default (PGlite under .data/server) until Ctrl+C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/chrome/', import.meta.url));
if (!existsSync(`${dist}manifest.json`)) {
  console.error('The extension was not built: run `npm run build` and read its errors.');
  process.exit(1);
}
console.log(`
Plan Annotator is built in ${dist}

Load it in Chrome or Chromium:
  1. open chrome://extensions
  2. switch on "Developer mode" (top right)
  3. "Load unpacked" and choose ${dist}

Then open an action plan page and click the Plan Annotator button in the toolbar.
Starting the sync server (embedded PGlite; Ctrl+C stops it)...
`);
const cli = fileURLToPath(new URL('../bin/plan-annotator.js', import.meta.url));
const server = spawn(process.execPath, [cli, 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
