/**
 * One set of end-to-end test bodies, a driver per browser. A test speaks to `Driver`, `TestPage` and
 * `TestFrame`; Chromium is driven by playwright-core (support/extension.ts), Firefox ESR by puppeteer-core
 * over WebDriver BiDi (support/firefox.ts). Selectors are CSS; `tid('editor')` is `[data-testid="editor"]`.
 *
 * What a user would be asked is answered as a user would: in Chromium, whose permission prompt automation
 * cannot answer (playwright#32755), the sites a test needs are granted at install; in Firefox the prompt
 * is answered by its preference (`extensions.webextOptionalPermissionPrompts`) after a real click in an
 * extension page, the way the sidebar's offer or the settings ask for it.
 */
import { describe } from 'vitest';
import { requireCondition } from '../../support/require-env.ts';
import { browserAvailable } from './extension.ts';
import { firefoxAvailable } from './firefox.ts';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_LABEL: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox' };

export interface LaunchOptions {
  /**
   * Origins (`http://plans.example.org:8123`) the user allowed. Chromium: granted at install. Firefox:
   * asked for from an extension page once started (its install grants the default server's host,
   * 127.0.0.1, by itself).
   */
  sites?: string[];
  /**
   * "Look for action plans on every site", granted at install where the browser's prompt cannot be
   * answered (Chromium). Where it can (`Driver.promptsAnswered`), the test switches it on in the settings.
   */
  everySite?: boolean;
  /** Host names resolved to 127.0.0.1: plain-http, non-loopback names for the test servers. */
  hosts?: string[];
  /**
   * Public keys (base64 SHA-256 of a certificate's SPKI) trusted for TLS beyond the system's authorities:
   * a test's own certificate, and no other. Chromium only (`--ignore-certificate-errors-spki-list`).
   */
  trustedKeys?: string[];
}

/** A document of a page, or a frame in one (the sidebar). */
export interface TestFrame {
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Clicks the first element matching `selector` with the real mouse, once it is shown. */
  click(selector: string): Promise<void>;
  /** Replaces the text of an input or textarea, typing it. */
  fill(selector: string, text: string): Promise<void>;
  /** Presses a key (`Enter`, `Control+Enter`) with the focus in `selector`. */
  press(selector: string, key: string): Promise<void>;
  /** Gives a file input a file from disk, as the file picker would. */
  setInputFiles(selector: string, path: string): Promise<void>;
  /** Chooses the option with this value in the first `<select>` matching `selector`, as a user would. */
  choose(selector: string, value: string): Promise<void>;
  /** Moves the keyboard focus to the first element matching `selector`, once it is attached. */
  focus(selector: string): Promise<void>;
  /** The text of the first match, or null when there is none. */
  text(selector: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  count(selector: string): Promise<number>;
  /** Waits until `selector` is shown. */
  waitFor(selector: string, timeout?: number): Promise<void>;
  /** Waits until the document's text contains `text`. */
  waitForText(text: string, timeout?: number): Promise<void>;
  /** The `checked` of a checkbox, the `value` of an input, an attribute of the first match. */
  attribute(selector: string, name: string): Promise<string | null>;
}

export interface TestPage extends TestFrame {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Selects a phrase of the page by dragging the real mouse across it, as a reader would. */
  selectText(phrase: string): Promise<void>;
  /** Clicks an element inside a closed shadow root (the annotator's toolbar), with the real mouse. */
  clickInClosedShadow(hostSelector: string, innerSelector: string): Promise<void>;
  /** What an element inside a closed shadow root says: its text while it is shown, null while hidden. */
  shownTextInClosedShadow(hostSelector: string, innerSelector: string): Promise<string | null>;
  /** Drags the real mouse from one point to another, button held (a selection). */
  drag(from: Point, to: Point): Promise<void>;
  dblclick(x: number, y: number): Promise<void>;
  /** Presses a key or a combination (`Tab`, `Shift+Tab`, `Control+Enter`) where the focus is. */
  keyPress(combo: string): Promise<void>;
  /** Types text, key by key, where the focus is. */
  keyType(text: string): Promise<void>;
}

export interface SavedFile {
  name: string;
  text: string;
  /** Where the browser saved it. */
  path: string;
}

export interface Point {
  x: number;
  y: number;
}

/** The box of the first match in the viewport, after scrolling it into view; null when there is none. */
export function boxOf(page: TestFrame, selector: string, scroll = true) {
  return page.evaluate(
    ([s, into]) => {
      const element = document.querySelector(s as string);
      if (!element) return null;
      if (into) element.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    },
    [selector, scroll] as const,
  );
}

export interface Driver {
  readonly name: BrowserName;
  /** Whether the browser's permission prompts are answered (Firefox, by a preference): a test clicks. */
  readonly promptsAnswered: boolean;
  newPage(url?: string): Promise<TestPage>;
  /** One of the extension's own pages (`popup/popup.html`, `src/settings/settings.html`), in a tab. */
  extensionPage(path: string): Promise<TestPage>;
  /** The popup, opened in a tab for `page` (the toolbar button cannot be clicked by automation). */
  popupFor(page: TestPage): Promise<TestPage>;
  /** The first open page whose address passes `test`. */
  findPage(test: (url: string) => boolean): Promise<TestPage | undefined>;
  /** Runs `fn` in the extension's origin (chrome.*, its IndexedDB), as the background sees them. */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  tabIdOf(page: TestPage): Promise<number>;
  /**
   * Runs `click` (a click that starts a download in `where` or a frame of it) and reads the file the
   * browser saved: the name it chose and the text. Chromium: playwright's download event. Firefox: the
   * profile saves downloads to a folder of the run without asking (its preferences), read from there.
   */
  download(where: TestPage, click: () => Promise<void>): Promise<SavedFile>;
  /** The sidebar's frame inside a page. */
  sidebar(page: TestPage): Promise<TestFrame>;
  /** `chrome-extension://<id>/<path>` or `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * Whether a browser's permission prompts are answered in the e2e run (Firefox, by a preference), so a
 * test can grant, and take back, a host's access the way its user does. Known before launch, so a test
 * that needs it is only defined for those browsers (a skipped test fails CI).
 */
export const PROMPTS_ANSWERED: Record<BrowserName, boolean> = { chromium: false, firefox: true };

export const tid = (id: string): string => `[data-testid="${id}"]`;

/** Which browsers can run here; on CI a missing one is an error (require-env.ts). */
export function browserRuns(name: BrowserName): boolean {
  return name === 'chromium'
    ? requireCondition(
        'Chromium and the built extension',
        browserAvailable(),
        'the end-to-end tests need /usr/bin/chromium (or CHROMIUM_PATH) and dist/chrome from `npm run build`',
      )
    : requireCondition(
        'Firefox and the Firefox build',
        firefoxAvailable(),
        'the end-to-end tests need /usr/bin/firefox-esr (or FIREFOX_PATH) and dist/firefox from `npm run build`',
      );
}

/** Starts the browser with the built extension. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  if (name === 'chromium') return (await import('./chromium-driver.ts')).launchChromium(options);
  return (await import('./firefox-driver.ts')).launchFirefox(options);
}

/** The same suite, once per browser: `describe("<title> in Chromium")`, `describe("<title> in Firefox")`. */
export function describeInBrowsers(
  title: string,
  suite: (browser: BrowserName) => void,
  { skip = false, browsers = ['chromium', 'firefox'] as BrowserName[] } = {},
): void {
  for (const browser of browsers) {
    describe.skipIf(skip || !browserRuns(browser))(`${title} in ${BROWSER_LABEL[browser]}`, () =>
      suite(browser),
    );
  }
}

/** The texts the extension paints on a page (CSS Custom Highlights), the focus mark apart. */
export function paintedTexts(page: TestFrame): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('plan-annotator-') && name !== 'plan-annotator-focus')
      .flatMap(([, h]) => [...h] as Range[])
      .map((r) => r.toString().replace(/\s+/g, ' ').trim()),
  );
}

/** Polls until `read` passes `test`, as `expect.poll` would, for a driver's own waits. */
export async function until<T>(
  read: () => Promise<T>,
  test: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && test(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
