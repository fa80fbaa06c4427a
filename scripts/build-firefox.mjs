/**
 * `npm run build`, second step: dist/firefox from dist/chrome. The code is the same bundle; only the
 * manifest differs (see firefox-manifest.mjs).
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { firefoxManifest } from './firefox-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = process.argv[2] ?? `${root}dist/chrome`;
const to = process.argv[3] ?? `${root}dist/firefox`;

const chrome = JSON.parse(await readFile(`${from}/manifest.json`, 'utf8'));
await rm(to, { recursive: true, force: true });
await cp(from, to, { recursive: true });
await writeFile(`${to}/manifest.json`, `${JSON.stringify(firefoxManifest(chrome), null, 2)}\n`);
console.log(`Firefox build written to ${to}`);
