import { afterEach, describe, expect, it } from 'vitest';
import {
  describeInjectionFailure,
  needsClick,
  notLoaded,
  offLimits,
} from '../../../src/background/injection-failure.ts';
import { setTestLanguage } from '../../support/chrome-i18n.ts';

const OFF_LIMITS =
  'Plan Annotator cannot work on this page (browser pages and the web store are off limits).';
const NEEDS_CLICK = 'Click the Plan Annotator button in the toolbar on this page first.';
const NOT_LOADED = 'This page did not load. Reload it and try again.';

describe('describeInjectionFailure', () => {
  afterEach(() => setTestLanguage('en-US'));

  it('says browser pages and the web store are off limits', () => {
    expect(offLimits()).toBe(OFF_LIMITS);
    expect(describeInjectionFailure(new Error('Cannot access a chrome:// URL'), 'chrome://settings/')).toBe(
      OFF_LIMITS,
    );
    expect(describeInjectionFailure(new Error('The extensions gallery cannot be scripted.'), undefined)).toBe(
      OFF_LIMITS,
    );
    expect(
      describeInjectionFailure(
        new Error('Cannot access contents of url "file:///home/plan.html".'),
        undefined,
      ),
    ).toBe(OFF_LIMITS);
  });

  it('asks for a click when the extension has no access to the page yet', () => {
    const noHost = new Error(
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    );
    expect(needsClick()).toBe(NEEDS_CLICK);
    expect(describeInjectionFailure(noHost, undefined)).toBe(NEEDS_CLICK);
    expect(describeInjectionFailure(noHost, 'https://www.gov.example/plan?next=about:blank')).toBe(
      NEEDS_CLICK,
    );
  });

  it('asks for a reload on an error page', () => {
    expect(notLoaded()).toBe(NOT_LOADED);
    expect(
      describeInjectionFailure(new Error('Frame with ID 0 is showing error page'), 'https://x.example/'),
    ).toBe(NOT_LOADED);
  });

  it('speaks the browser’s language, whatever language the browser’s refusal was in', () => {
    setTestLanguage('pt-PT');
    expect(describeInjectionFailure(new Error('Cannot access a chrome:// URL'), 'chrome://settings/')).toBe(
      'O Plan Annotator não pode funcionar nesta página (as páginas do navegador e a loja de extensões não são acessíveis).',
    );
    expect(
      describeInjectionFailure(new Error('Frame with ID 0 is showing error page'), 'https://x.example/'),
    ).toBe('Esta página não carregou. Recarregue-a e tente novamente.');
  });
});
