import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * docs/ARCHITECTURE.md's folder table is the map of the code. A source folder added without a row (or a
 * row whose folder was removed) fails here, so the map cannot drift from the tree.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const architecture = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');

/** The folders named in the first column of the table under "Folders". */
function tableFolders(): string[] {
  const section = architecture.split(/^## /m).find((part) => part.startsWith('Folders'));
  if (!section) throw new Error('docs/ARCHITECTURE.md has no "Folders" section');
  const folders: string[] = [];
  for (const line of section.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const firstCell = line.split('|')[1] ?? '';
    for (const match of firstCell.matchAll(/`([^`]+)\/`/g)) folders.push(match[1] as string);
  }
  return folders;
}

function subfolders(parent: string): string[] {
  return readdirSync(join(root, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}/${entry.name}`);
}

/** Where code lives: each of these folders, or each folder inside the ones that group contexts. */
function sourceFolders(): string[] {
  const topLevel = ['popup', 'server', 'cli', 'bench', 'scripts', 'tests', 'bin', '.ci', '_locales'];
  return [...subfolders('src'), ...subfolders('content-scripts'), ...topLevel].sort();
}

describe("ARCHITECTURE.md's folder table", () => {
  it('names every source folder', () => {
    const named = new Set(tableFolders());
    expect(sourceFolders().filter((folder) => !named.has(folder))).toEqual([]);
  });

  it('names no folder that is gone', () => {
    const present = new Set(sourceFolders());
    expect(tableFolders().filter((folder) => !present.has(folder))).toEqual([]);
  });

  it("lists every test suite's folder in the tests row", () => {
    const testsRow = architecture.split('\n').find((line) => line.startsWith('| `tests/`')) ?? '';
    const missing = subfolders('tests')
      .map((folder) => folder.slice('tests/'.length))
      .filter((name) => !testsRow.includes(`\`${name}/\``));
    expect(missing).toEqual([]);
  });
});
