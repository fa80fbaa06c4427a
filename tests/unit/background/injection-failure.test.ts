import { describe, expect, it } from 'vitest';
import {
  describeInjectionFailure,
  NEEDS_CLICK,
  NOT_LOADED,
  OFF_LIMITS,
} from '../../../src/background/injection-failure.ts';

describe('describeInjectionFailure', () => {
  it('says browser pages and the web store are off limits', () => {
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
    expect(describeInjectionFailure(noHost, undefined)).toBe(NEEDS_CLICK);
    expect(describeInjectionFailure(noHost, 'https://www.gov.example/plan?next=about:blank')).toBe(
      NEEDS_CLICK,
    );
  });

  it('asks for a reload on an error page', () => {
    expect(
      describeInjectionFailure(new Error('Frame with ID 0 is showing error page'), 'https://x.example/'),
    ).toBe(NOT_LOADED);
  });
});
