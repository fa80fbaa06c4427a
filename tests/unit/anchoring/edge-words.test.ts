import { describe, expect, it } from 'vitest';
import { trimEdges } from '../../../src/core/anchoring/edge-words.ts';

/** The passage `trimEdges` keeps of `found` (a piece of `text` given by its first and last characters). */
function kept(text: string, found: string, quote: string): string {
  const start = text.indexOf(found);
  const span = trimEdges(text, { start, end: start + found.length }, quote);
  return text.slice(span.start, span.end);
}

describe('trimEdges', () => {
  it('leaves out the piece of a word a match began in when that word is not the quote’s', () => {
    const text = 'by information regional journalists data';
    expect(kept(text, 'on regional journalists', 'open regional journalists')).toBe('regional journalists');
  });

  it('leaves out the piece of a word a match ended in when that word replaced the quote’s last', () => {
    const text = 'the donors will council and contracts by law';
    expect(kept(text, 'council and contr', 'council and donors')).toBe('council and');
  });

  it('takes the whole word when the piece is the start or end of the quote’s own word', () => {
    const text = 'the ministry will publish the registers of lobbyists today';
    expect(
      kept(
        text,
        'inistry will publish the registers of lobbyis',
        'ministry will publish the registers of lobbyists',
      ),
    ).toBe('ministry will publish the registers of lobbyists');
  });

  it('keeps a piece of a word the quote itself began with', () => {
    const text = 'the ownership forum meets';
    expect(kept(text, 'ership forum', 'ership forum')).toBe('ership forum');
  });

  it('then leaves out a whole word that replaced the quote’s first word', () => {
    const text = 'by flying their ownership forum rural participation';
    expect(
      kept(
        text,
        'ying their ownership forum rural participation',
        'municipal ownership forum rural participation',
      ),
    ).toBe('ownership forum rural participation');
  });

  it('keeps an edge word like the quote’s next word in, where the quote’s own edge word was deleted', () => {
    const text = 'portal nacional de gobierno abierto.\nagenda';
    expect(kept(text, 'nacional de gobierno abierto.\nag', 'nacional de gobierno abierto.\nHito')).toBe(
      'nacional de gobierno abierto.',
    );
  });

  it('keeps a piece of a word like the quote’s last word but one, where the last was deleted', () => {
    const text = 'the budget readable accessl women';
    expect(kept(text, 'budget readable access', 'budget readable access regi')).toBe(
      'budget readable access',
    );
  });
});
