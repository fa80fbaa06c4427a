import { describe, expect, it } from 'vitest';
import { htmlText } from '../../../src/core/text/html-text.ts';

describe('htmlText', () => {
  it('takes the title, headings, links and text, and leaves scripts, styles and comments out', () => {
    const page = htmlText(`<!doctype html><html lang="pt-PT"><head><title>Plano &amp; Ação</title>
      <style>p{color:red}</style></head><body><script>alert("x<p>")</script><!-- hidden -->
      <h1>Rede <em>Nacional</em></h1><p>Primeiro&nbsp;parágrafo &#8212; fim</p>
      <p><a href='/doc.pdf'>Plano &#x28;PDF&#x29;</a></p></body></html>`);
    expect(page.title).toBe('Plano & Ação');
    expect(page.headings).toEqual(['Rede Nacional']);
    expect(page.links).toEqual([{ href: '/doc.pdf', text: 'Plano (PDF)' }]);
    expect(page.lang).toBe('pt-PT');
    expect(page.text).toBe('Rede Nacional\nPrimeiro parágrafo — fim\nPlano (PDF)');
  });

  it('keeps table cells apart, so a template row reads as label and value', () => {
    const page = htmlText(
      '<table><tr><th>Institución responsable</th><td>Ministerio de Salud</td></tr></table>',
    );
    // One tab between cells: the rows of a matrix of commitments keep their columns.
    expect(page.text).toBe('Institución responsable\tMinisterio de Salud');
  });
});
