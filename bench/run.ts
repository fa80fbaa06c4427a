/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn (or those named on the command line). Each
 * prints its own table with a ratio against a peer or floor measured in the same run.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of files) {
  if (wanted.length > 0 && !wanted.some((w) => file.includes(w))) continue;
  console.log(`\n=== ${file} ===`);
  const module = (await import(pathToFileURL(here + file).href)) as { run(): Promise<void> };
  await module.run();
}
