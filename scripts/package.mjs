/**
 * `npm run package`: the two zip files for the stores, from dist/chrome and dist/firefox (built and
 * linted first by the npm script), into dist/packages.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(`${root}dist/chrome/manifest.json`, 'utf8'));

for (const browser of ['chrome', 'firefox']) {
  const filename = `plan-annotator-${browser}-${version}.zip`;
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `${root}dist/${browser}`,
      '--artifacts-dir',
      `${root}dist/packages`,
      '--filename',
      filename,
      '--overwrite-dest',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`dist/packages/${filename}`);
}
