import { readFileSync } from 'node:fs';

/**
 * The package's version, from the `package.json` one folder up: from `server/` in a clone as from the
 * built `dist-node/` in an installed package.
 */
export const VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
})();
