/**
 * Cues the fifteenth batch of the second blind set (Latin American and Iberian layouts, printed by Chromium)
 * called for: the hyphen (U+2010) a browser's hyphenation prints at a line end, and a matrix cell whose text a
 * browser cut at an unused soft hyphen, which pdf.js reads as a run opening with a space. The title of such a
 * cell lost the words after the cut, or kept the space inside its word.
 */
import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/core/commitments/layout-cues.ts';
import { joinRunText, wordCounts } from '../../../src/core/commitments/split-words.ts';
import type { TextStyle } from '../../../src/core/text/page-text.ts';
import { joinPrintedLines, textLines } from '../../../src/core/text/text-lines.ts';

describe('a word hyphenated by a browser at a line end', () => {
  it('is joined when the hyphen is U+2010, as Chromium prints it', () => {
    expect(joinPrintedLines('Congreso abierto: trazabilidad de la trami\u2010\ntación legislativa')).toBe(
      'Congreso abierto: trazabilidad de la tramitación legislativa',
    );
    expect(joinPrintedLines('no ciclo orça\u2010\nmentário das emendas')).toBe(
      'no ciclo orçamentário das emendas',
    );
    // A hyphen kept before a capital is part of a name.
    expect(joinPrintedLines('Controladoria\u2010\nGeral da União')).toBe(
      'Controladoria\u2010 Geral da União',
    );
  });
});

/** Styles for runs printed one after another on a line, each touching the last: [text, x] pairs. */
function runs(text: string, parts: Array<[string, number]>, widthPerChar = 3.6): TextStyle[] {
  const out: TextStyle[] = [];
  let from = 0;
  for (const [part, x] of parts) {
    const start = text.indexOf(part, from);
    out.push({ start, end: start + part.length, size: 9, font: 'f1', em: widthPerChar / 9, bold: true, x });
    from = start + part.length;
  }
  return out;
}

describe('a matrix cell cut where a browser left a soft hyphen', () => {
  const text = [
    '5 Respuesta a solici tudes de',
    'Garantizar que las personas puedan presentar solicitudes de acceso a la información.',
  ].join('\n');
  const lines = textLines(text);
  const w = 3.6;
  const styles = [
    ...runs(text, [
      ['5', 55],
      ['Respuesta a solici', 73],
      // Starts exactly where the run before it ends.
      [' tudes de', 73 + 18 * w],
    ]),
    { start: 30, end: text.length, size: 9, font: 'f2', em: 0.4, bold: false, x: 185 },
  ];

  it('stays one cell, its word whole when the document prints the word elsewhere', () => {
    const layout = layoutOf(lines, styles, (u) => u);
    expect(layout?.cells(0).map((c) => [c.x, c.text])).toEqual([
      [55, '5'],
      [73, 'Respuesta a solicitudes de'],
    ]);
  });

  it('keeps the space between two words, and a run a column away is a cell of its own', () => {
    const t = '1 Datos de la obra\tMinisterio';
    const l = textLines(t);
    const s = runs(t, [
      ['1', 55],
      ['Datos de', 73],
      [' la obra', 73 + 8 * w],
      ['Ministerio', 73 + 16 * w + 12],
    ]);
    expect(
      layoutOf(l, s, (u) => u)
        ?.cells(0)
        .map((c) => c.text),
    ).toEqual(['1', 'Datos de la obra', 'Ministerio']);
  });
});

describe('joining the halves of a cut word', () => {
  const doc = (text: string) => ({ text: () => text, counts: wordCounts(() => text) });

  it('joins them only when the whole word is printed and neither half is a word elsewhere', () => {
    const d = doc('Respuesta a solici tudes de acceso. Informe de solicitudes recibidas.');
    expect(joinRunText('Respuesta a solici', ' tudes de', d.text, d.counts)).toBe(
      'Respuesta a solicitudes de',
    );
    const e = doc('Respuesta a solici tudes de acceso.');
    expect(joinRunText('Respuesta a solici', ' tudes de', e.text, e.counts)).toBe(
      'Respuesta a solici tudes de',
    );
    // "in" + "to" makes "into", a word the document prints; but both halves are printed as words elsewhere.
    const f = doc('walk in to the hall, then into the room, in time to see it');
    expect(joinRunText('walk in', ' to the hall', f.text, f.counts)).toBe('walk in to the hall');
    // A half that opens with a capital starts a name, never a word's end.
    expect(joinRunText('Informe de solici', ' Tudes', d.text, d.counts)).toBe('Informe de solici Tudes');
  });
});
