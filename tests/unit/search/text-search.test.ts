import { describe, expect, it } from 'vitest';
import {
  matchesFolded,
  searchHaystack,
  annotationSearchFields,
  firstMatch,
  foldForSearch,
  matchesTerms,
  searchTerms,
  snippetAround,
  textSearch,
} from '../../../src/core/search/index.ts';
import { HTML_COMMENT } from '../export/sample-records.ts';

describe('foldForSearch', () => {
  it('takes off case and accents in the four languages', () => {
    expect(foldForSearch('Participação CIDADÃ')).toBe('participacao cidada');
    expect(foldForSearch('Éducation à la transparence')).toBe('education a la transparence');
    expect(foldForSearch('Año de la Niña')).toBe('ano de la nina');
    expect(foldForSearch('Œuvre straße')).toBe('oeuvre strasse');
  });

  it('folds text already decomposed (NFD) as it folds the composed one', () => {
    expect(foldForSearch('cafe\u0301')).toBe(foldForSearch('café'));
  });

  it('makes any white space one space', () => {
    expect(foldForSearch('a\tb\nc\u00a0d')).toBe('a b c d');
  });
});

describe('searchTerms and matchesTerms', () => {
  it('needs every word (AND), each anywhere in some field', () => {
    const terms = searchTerms('  Publicação   ORÇAMENTO ');
    expect(terms.sort()).toEqual(['orcamento', 'publicacao']);
    expect(matchesTerms(terms, ['A publicação do orçamento'])).toBe(true);
    expect(matchesTerms(terms, ['publicacao'])).toBe(false);
    expect(matchesTerms(terms, ['Publicacao', 'Orcamento anual'])).toBe(true);
  });

  it('finds a word inside a longer one', () => {
    expect(textSearch('transpar').matches(['Transparência fiscal'])).toBe(true);
  });

  it('a blank query matches nothing and says it is blank', () => {
    const search = textSearch('   ');
    expect(search.blank).toBe(true);
    expect(search.matches(['anything'])).toBe(false);
  });

  it('keeps characters outside the Basic Multilingual Plane', () => {
    expect(textSearch('𝒜bc').matches(['x 𝒜bc y'])).toBe(true);
    expect(textSearch('😀').matches(['fine 😀'])).toBe(true);
  });
});

describe('firstMatch and snippetAround', () => {
  it('reports code points of the original text, past astral characters and decomposed accents', () => {
    const text = '😀 Cafe\u0301 com orçamento';
    const points = [...text];
    const shown = (q: string) => {
      const hit = firstMatch(text, searchTerms(q));
      return hit && points.slice(hit.start, hit.end).join('');
    };
    expect(shown('ORCAMENTO')).toBe('orçamento');
    expect(shown('café')).toBe('Cafe\u0301');
    expect(shown('nowhere')).toBeNull();
  });

  it('cuts a window around the first match', () => {
    const text = `${'lorem '.repeat(40)}the budget law ${'ipsum '.repeat(40)}`;
    const snippet = snippetAround(text, searchTerms('budget'), 30);
    expect(snippet).toContain('budget');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect([...snippet].length).toBeLessThanOrEqual(32);
  });
});

describe('annotationSearchFields', () => {
  it('holds comment, quote, tags and what the caller adds', () => {
    const fields = annotationSearchFields(HTML_COMMENT, 'maria');
    const search = (q: string) => textSearch(q).matches(fields);
    expect(search('which formats')).toBe(true);
    expect(search('QUARTERLY')).toBe(true);
    expect(search('fiscal')).toBe(true);
    expect(search('maria budget')).toBe(true);
    expect(search('maria nowhere')).toBe(false);
  });
});

describe('a haystack folded once', () => {
  it('folds like each field alone, and finds no word across two fields', () => {
    const haystack = searchHaystack(['Orçamento  MUNICIPAL', '', 'Straße\u00a0Ærø', 'budget']);
    expect(haystack).toBe('orcamento  municipal strasse aero budget');
    expect(matchesFolded(searchTerms('ORÇAMENTO strasse'), haystack)).toBe(true);
    expect(matchesFolded(searchTerms('municipalstrasse'), haystack)).toBe(false);
    expect(matchesFolded(searchTerms('   '), haystack)).toBe(false);
    // The same answer as folding the fields on every search.
    const fields = ['Orçamento  MUNICIPAL', 'Straße Ærø'];
    for (const query of ['orcamento', 'AERO municipal', 'nowhere', 'straße'])
      expect(matchesFolded(searchTerms(query), searchHaystack(fields))).toBe(
        matchesTerms(searchTerms(query), fields),
      );
  });
});
