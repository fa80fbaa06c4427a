import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries from docs/ARCHITECTURE.md, as allow-lists: each place names the places it may import,
 * and every other place is refused. A place added here is refused everywhere until a context allows it.
 * Patterns match import specifiers, so each place is named by the folder path its imports spell.
 */
const places = {
  core: ['**/core/**'],
  dom: ['**/dom/**'],
  i18n: ['**/i18n/**'],
  locales: ['**/_locales/**'],
  messaging: ['**/messaging/**'],
  background: ['**/background/**'],
  ui: ['**/ui/**'],
  // The annotator core: `src/annotator`, spelled `../annotator/` from a sibling folder of src.
  annotator: ['**/src/annotator/**', '../annotator/**'],
  sidebar: ['**/sidebar/**'],
  viewer: ['**/viewer/**'],
  settings: ['**/settings/**'],
  popup: ['**/popup/**'],
  contentScripts: ['**/content-scripts/**'],
  server: ['**/server/**'],
  cli: ['**/cli/**'],
};

/** The libraries only some places may use (pure code must not reach the DOM or a browser store). */
const browserLibraries = ['preact', 'preact/*', 'idb', 'pdfjs-dist', 'pdfjs-dist/*'];
const serverLibraries = ['fastify', '@fastify/*', 'pg', '@electric-sql/pglite', '@electric-sql/pglite/*'];

const boundary = 'Crosses a boundary of docs/ARCHITECTURE.md (see the allow-lists in eslint.config.js).';
const extensionBase = ['core', 'i18n', 'locales', 'messaging'];
const zones = [
  { files: ['src/core/**'], may: ['core'], libraries: [...browserLibraries, ...serverLibraries] },
  { files: ['src/i18n/**'], may: ['core', 'i18n', 'locales'] },
  { files: ['src/dom/**'], may: ['core', 'dom'] },
  { files: ['src/messaging/**'], may: ['core', 'i18n', 'locales', 'messaging'] },
  { files: ['src/ui/**'], may: [...extensionBase, 'ui'] },
  { files: ['src/annotator/**'], may: [...extensionBase, 'dom', 'ui', 'annotator'] },
  {
    files: ['src/background/**'],
    may: [...extensionBase, 'background'],
    // The background injects the annotator: crxjs turns `index.ts?script&iife` into the built file's
    // path. Only that form is let through; any import of the content scripts' code is still refused.
    narrowed: { contentScripts: ['**/content-scripts/**/*.ts', '**/content-scripts/**/*.tsx'] },
  },
  { files: ['src/sidebar/**'], may: [...extensionBase, 'ui', 'sidebar'] },
  { files: ['src/viewer/**'], may: [...extensionBase, 'dom', 'ui', 'annotator', 'viewer'] },
  {
    files: ['src/settings/**'],
    may: [...extensionBase, 'ui', 'settings'],
    // Asking for a server's host permission must happen inside the click, before any message could be
    // answered, and the pattern differs per browser: the settings page reads it from the one module
    // that decides browser differences (it has no side effects). The rest of the background is refused.
    narrowed: { background: [] },
    refusedToo: [{ regex: '/background/(?!browser\\.ts$)' }],
  },
  { files: ['popup/**'], may: [...extensionBase, 'ui', 'popup'] },
  { files: ['content-scripts/**'], may: [...extensionBase, 'dom', 'ui', 'annotator', 'contentScripts'] },
  { files: ['server/**'], may: ['core', 'server'], libraries: browserLibraries },
  { files: ['cli/**'], may: ['core', 'server', 'cli', 'locales'], libraries: ['preact', 'preact/*', 'idb'] },
];

const noMarkup = [
  { property: 'innerHTML', message: 'Build nodes instead; user text must never become markup.' },
  { property: 'outerHTML', message: 'Build nodes instead; user text must never become markup.' },
  { property: 'insertAdjacentHTML', message: 'Build nodes instead; user text must never become markup.' },
];

/**
 * Code that can run in a context that is not secure: the annotator in a plain-http page, and the sidebar
 * framed into one (Firefox does not count that frame as secure). APIs that exist only in secure contexts
 * are missing there and a call to them throws.
 */
const maybeInsecure = [
  'content-scripts/**',
  'src/annotator/**',
  'src/sidebar/**',
  'src/ui/**',
  'src/viewer/**',
  'src/dom/**',
  'src/core/**',
  'src/messaging/**',
  'src/i18n/**',
];
const secureOnly = 'It exists only in secure contexts, which a plain-http page (and a frame in one) is not';
const noSecureOnly = [
  {
    object: 'crypto',
    property: 'randomUUID',
    message: `${secureOnly}: use newUuid (src/core/model/uuid.ts).`,
  },
  { object: 'crypto', property: 'subtle', message: `${secureOnly}.` },
  { object: 'navigator', property: 'clipboard', message: `${secureOnly}.` },
  { object: 'navigator', property: 'storage', message: `${secureOnly}.` },
  { object: 'navigator', property: 'locks', message: `${secureOnly}.` },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-node/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // User text never becomes markup.
      'no-restricted-properties': ['error', ...noMarkup],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text must never become markup.',
        },
      ],
    },
  },
  { files: maybeInsecure, rules: { 'no-restricted-properties': ['error', ...noMarkup, ...noSecureOnly] } },
  ...zones.map(({ files, may, libraries = [], narrowed = {}, refusedToo = [] }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...Object.entries({ ...places, ...narrowed })
                  .filter(([place]) => !may.includes(place))
                  .flatMap(([, patterns]) => patterns),
              ],
              message:
                'Crosses a boundary of docs/ARCHITECTURE.md (see the allow-lists in eslint.config.js).',
            },
            ...refusedToo.map((pattern) => ({ ...pattern, message: boundary })),
            ...(libraries.length > 0
              ? [{ group: libraries, message: 'This library does not belong where this file runs.' }]
              : []),
          ],
        },
      ],
    },
  })),
  {
    // The integration run's log is scanned for secrets at its end: its apps must log into it.
    files: ['tests/integration/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/app.ts'],
              message: "Build the app with tests/integration/support/app.ts: it logs into the run's log.",
            },
          ],
        },
      ],
    },
  },
);
