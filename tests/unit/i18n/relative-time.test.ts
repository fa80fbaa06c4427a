import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../src/i18n/messages.ts';
import { formatWhen } from '../../../src/i18n/relative-time.ts';
import { setTestLanguage } from '../../support/chrome-i18n.ts';

afterEach(() => setTestLanguage('en-US'));

const AT = '2026-03-10T12:00:00.000Z';
const after = (ms: number) => Date.parse(AT) + ms;
const MINUTE = 60_000;

describe('when something was written, as a reader says it', () => {
  it('says how long ago for the last week, in the reader language', () => {
    expect(formatWhen(AT, after(20_000))).toBe('now');
    expect(formatWhen(AT, after(5 * MINUTE))).toBe('5 minutes ago');
    expect(formatWhen(AT, after(3 * 60 * MINUTE + 59 * MINUTE))).toBe('3 hours ago');
    expect(formatWhen(AT, after(24 * 60 * MINUTE))).toBe('yesterday');
    setTestLanguage('pt-PT');
    expect(formatWhen(AT, after(5 * MINUTE))).toBe('há 5 minutos');
    setTestLanguage('es');
    expect(formatWhen(AT, after(2 * 60 * MINUTE))).toBe('hace 2 horas');
    setTestLanguage('fr');
    expect(formatWhen(AT, after(0))).toBe('maintenant');
  });

  it('gives the date and time past a week, or for a time ahead of the clock', () => {
    expect(formatWhen(AT, after(8 * 24 * 60 * MINUTE))).toBe(formatDateTime(AT));
    expect(formatWhen(AT, after(-10 * MINUTE))).toBe(formatDateTime(AT));
    // A writer's clock a few seconds ahead of the reader's still reads as now.
    expect(formatWhen(AT, after(-5_000))).toBe('now');
    expect(formatWhen('not a date', after(0))).toBe('not a date');
  });

  it('counts between UTC instants: an offset in the stamp changes nothing', () => {
    expect(formatWhen('2026-03-10T13:00:00+01:00', after(5 * MINUTE))).toBe('5 minutes ago');
  });
});
