#!/usr/bin/env node
// In a clone with its dev dependencies, the command line runs the TypeScript sources through tsx; an
// installed package (or `npm ci --omit=dev` after `npm run build:server`) runs the built `dist-node/`.
import { existsSync } from 'node:fs';

async function fromSources() {
  if (process.env.PLAN_ANNOTATOR_BUILT === '1') return null;
  if (!existsSync(new URL('../cli/main.ts', import.meta.url))) return null;
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    return null;
  }
  register();
  return import('../cli/main.ts');
}

const built = new URL('../dist-node/main.js', import.meta.url);
const cli = (await fromSources()) ?? (existsSync(built) ? await import(built.href) : null);
if (!cli) {
  console.error(
    'plan-annotator: neither the TypeScript sources with tsx (npm ci) nor the built dist-node/ ' +
      '(npm run build:server) is here.',
  );
  process.exitCode = 1;
} else {
  process.exitCode = await cli.main(process.argv.slice(2));
}
