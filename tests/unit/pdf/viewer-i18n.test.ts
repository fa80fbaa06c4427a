import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTestLanguage } from '../../support/chrome-i18n.ts';
import { describeMissingText } from '../../../src/viewer/progress.ts';

describe("the PDF viewer's words in the browser's language", () => {
  afterEach(() => {
    setTestLanguage('en-US');
  });

  it('says which pages have no text in Portuguese, with its plural and its "e"', () => {
    setTestLanguage('pt-PT');
    expect(describeMissingText([4], 12)).toBe(
      'A página 4 não tem texto (digitalizada ou só imagens) e não pode ser anotada.',
    );
    expect(describeMissingText([2, 5, 6, 7, 9], 12)).toBe(
      'As páginas 2, 5–7 e 9 não têm texto (digitalizadas ou só imagens) e não podem ser anotadas.',
    );
    expect(describeMissingText([1, 2], 2)).toMatch(/^Este PDF não tem camada de texto/);
  });

  it('writes page numbers the way the language groups digits', () => {
    setTestLanguage('fr-FR');
    expect(describeMissingText([1200, 1201], 2000)).toMatch(
      /^Les pages 1\u202f200–1\u202f201 n'ont pas de texte/,
    );
  });

  it('gives load errors in the language the viewer opens in', async () => {
    setTestLanguage('pt-PT');
    // The messages are read when the viewer page loads: load the module afresh in Portuguese.
    vi.resetModules();
    const errors = await import('../../../src/viewer/load-errors.ts');
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(errors.describePdfJsFailure(named('InvalidPDFException')).message).toBe(
      'Este ficheiro não é um PDF.',
    );
    expect(errors.describePdfJsFailure(named('PasswordException')).message).toMatch(/palavra-passe/);
    expect(errors.httpFailure(404).message).toBe('Não foi possível transferir o PDF (HTTP 404).');
  });
});
