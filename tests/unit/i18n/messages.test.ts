import { afterEach, describe, expect, it } from 'vitest';
import { describeReason } from '../../../src/i18n/detect-reasons.ts';
import { formatDate, formatDateTime, formatNumber, t, tn } from '../../../src/i18n/messages.ts';
import { setTestLanguage } from '../../support/chrome-i18n.ts';

afterEach(() => setTestLanguage('en-US'));

describe('messages in the browser language', () => {
  it('substitutes $1 in order', () => {
    expect(t('detect_badgeTitleWhy', 'x')).toBe('Plan Annotator: this looks like an action plan — x');
    setTestLanguage('pt-PT');
    expect(t('detect_badgeTitleWhy', 'x')).toBe('Plan Annotator: isto parece um plano de ação — x');
  });

  it('picks the plural form the language uses for the count', () => {
    expect(tn('detect_planPdfLinks', 1)).toBe('it links a plan PDF');
    expect(tn('detect_planPdfLinks', 3)).toBe('it links 3 plan PDFs');
    setTestLanguage('fr');
    // French counts 0 and 1 as singular.
    expect(tn('detect_commitmentHeadings', 0)).toMatch(/^0 intitulé d'engagement /);
    expect(tn('detect_commitmentHeadings', 1200)).toMatch(/^1\u202f200 intitulés /);
  });

  it('words the detector reasons in the reader language', () => {
    setTestLanguage('es');
    expect(describeReason({ code: 'planPdfLinks', count: 2 })).toBe('enlaza 2 PDF de planes');
    expect(describeReason({ code: 'noCue' })).toBe('ningún indicio de plan de acción');
  });

  it('formats dates and numbers for the locale, calendar dates without a time-zone shift', () => {
    setTestLanguage('pt-PT');
    expect(formatDate('2026-01-31')).toBe('31/01/2026');
    expect(formatNumber(12345.5)).toMatch(/^12\s345,5$/);
    setTestLanguage('en-US');
    expect(formatDate('2026-01-31')).toBe('Jan 31, 2026');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('shows the key, not an empty string, for a message that is missing', () => {
    expect(t('no_such_key' as Parameters<typeof t>[0])).toBe('no_such_key');
  });
});

describe('a browser language without a translation', () => {
  afterEach(() => setTestLanguage('en-US'));

  it('shows English with English plural rules and formats, not those of the browser language', () => {
    setTestLanguage('ja');
    expect(tn('detect_planPdfLinks', 1)).toBe('it links a plan PDF');
    expect(formatDate('2026-01-31')).toBe('Jan 31, 2026');
  });

  it('keeps the regional variant of a language it has', () => {
    setTestLanguage('pt-BR');
    expect(t('detect_badgeTitle')).toBe('Plan Annotator: isto parece um plano de ação');
    expect(formatDate('2026-01-31')).toMatch(/31 de jan\.? de 2026/);
  });
});
