import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries from docs/ARCHITECTURE.md: what each folder may not import. */
const zones = [
  {
    files: ['src/core/**'],
    forbid: [
      '**/dom/**',
      '**/background/**',
      '**/messaging/**',
      '**/ui/**',
      '**/sidebar/**',
      '**/popup/**',
      '**/content-scripts/**',
      '**/server/**',
      '**/i18n/**',
      'preact',
      'preact/*',
      'idb',
    ],
  },
  {
    // Words for every context: over chrome.i18n and core only.
    files: ['src/i18n/**'],
    forbid: [
      '**/dom/**',
      '**/background/**',
      '**/messaging/**',
      '**/ui/**',
      '**/sidebar/**',
      '**/viewer/**',
      '**/settings/**',
      '**/popup/**',
      '**/content-scripts/**',
      '**/server/**',
    ],
  },
  {
    files: ['src/dom/**'],
    forbid: [
      '**/background/**',
      '**/messaging/**',
      '**/ui/**',
      '**/sidebar/**',
      '**/popup/**',
      '**/content-scripts/**',
      '**/server/**',
    ],
  },
  {
    files: ['src/messaging/**'],
    forbid: [
      '**/dom/**',
      '**/background/**',
      '**/ui/**',
      '**/sidebar/**',
      '**/popup/**',
      '**/content-scripts/**',
      '**/server/**',
    ],
  },
  {
    files: ['src/ui/**'],
    forbid: ['**/background/**', '**/sidebar/**', '**/popup/**', '**/content-scripts/**', '**/server/**'],
  },
  {
    // The server shares only the pure core with the extension.
    files: ['server/**'],
    forbid: [
      '**/dom/**',
      '**/background/**',
      '**/messaging/**',
      '**/ui/**',
      '**/sidebar/**',
      '**/viewer/**',
      '**/popup/**',
      '**/content-scripts/**',
    ],
  },
  {
    files: ['src/background/**', 'src/sidebar/**', 'src/viewer/**', 'popup/**', 'content-scripts/**'],
    forbid: ['**/server/**'],
  },
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
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/'] },
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
  ...zones.map(({ files, forbid }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: forbid, message: 'Crosses a boundary of docs/ARCHITECTURE.md.' }] },
      ],
    },
  })),
);
