// `npm start`: the extension is built (by the npm script, just before this); say how to load it.
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
`);
