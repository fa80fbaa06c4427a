/** Types of firefox-manifest.mjs, for the TypeScript tests that import it. */
export const GECKO_ID: string;
export const FIREFOX_MIN_VERSION: string;
export const FIREFOX_ANDROID_MIN_VERSION: string;
// The manifest is JSON of many shapes; the tests look into it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function firefoxManifest(chrome: Record<string, any>): Record<string, any>;
