/**
 * The fifth batch of the second blind set: plans numbered the way a word processor's outline numbers a
 * whole document, the commitments one level among the chapters' sections, and numbers hanging in the margin.
 * Written and labelled after the finder had been fixed against the first batches, run through it only once
 * labelled.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function page(lang: string, title: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: A4; margin: 22mm; } ${css}</style></head><body>${body}</body></html>`;
}
const dots = '.'.repeat(220);
const TOC = `.toc { display: flex; white-space: nowrap; } .toc .t { flex: none; } .toc .d { flex: 1; overflow: hidden; } .toc .p { flex: none; padding-left: 3pt; }`;

// English: the whole document in outline numbering; the commitments are chapter 3's sections, among
// numbered sections of the other chapters at the same level.
const EN_OUTLINE: Array<[string, string, string]> = [
  ['Open register of public officials’ interests', 'Integrity Commission', 'Q2 2025'],
  ['Open contracting in the health sector', 'Ministry of Health', 'Q3 2025'],
  ['Open data on climate finance', 'Ministry of Environment', 'Q1 2026'],
  ['Participatory monitoring of school grants', 'Ministry of Education', 'Q2 2025'],
  ['A single portal for public consultations', 'Prime Minister’s Office', 'Q4 2025'],
  ['Transparency of state-owned enterprises', 'Ministry of Finance', 'Q1 2026'],
];

function enOutline(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.35; }
h1 { font-family: 'Liberation Sans'; font-size: 16pt; page-break-before: always; } h2 { font-family: 'Liberation Sans'; font-size: 12.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; margin-bottom: 10pt; } td, th { border: 0.5pt solid #666; padding: 3pt; vertical-align: top; }
.cover { font-family: 'Liberation Sans'; font-size: 24pt; text-align: center; padding-top: 50mm; } ${TOC}`;
  const commitments: Labelled[] = EN_OUTLINE.map(([t], i) => ({
    label: `3.${i + 1}`,
    title: t,
    theme: null,
    marker: `3.${i + 1} ${t} Lead implementing agency`,
  }));
  const sections: Array<[string, string[]]> = [
    [
      '1. Introduction',
      ['1.1 Background', '1.2 Open government in our country', '1.3 Results of the previous plan'],
    ],
    [
      '2. Development of the plan',
      ['2.1 The Multi-stakeholder Forum', '2.2 Public consultation', '2.3 Selection of commitments'],
    ],
    ['3. Commitments', EN_OUTLINE.map(([t], i) => `3.${i + 1} ${t}`)],
    ['4. Monitoring and evaluation', ['4.1 Reporting', '4.2 Independent Reporting Mechanism']],
  ];
  const text = (): string =>
    'The Forum met eleven times between March and November. Its members agreed the approach set out in this section and published the minutes of every meeting on the open government portal.';
  const html = (pages: Map<string, number>): string => {
    let body = `<div class="cover">Fourth Open Government National Action Plan<br>2025–2027</div><h1>Table of Contents</h1>`;
    for (const [h, subs] of sections) {
      body += `<div class="toc"><span class="t">${esc(h)}</span><span class="d">${dots}</span><span class="p">${pages.get(h) ?? 0}</span></div>`;
      for (const s of subs) {
        const key = commitments.find((c) => c.marker.startsWith(s))?.marker ?? s;
        body += `<div class="toc" style="padding-left:1.5em"><span class="t">${esc(s)}</span><span class="d">${dots}</span><span class="p">${pages.get(key) ?? 0}</span></div>`;
      }
    }
    for (const [h, subs] of sections) {
      body += `<h1>${esc(h)}</h1>`;
      if (h.startsWith('3.')) {
        body += `<p>This plan contains six commitments. Each is described in the OGP template below.</p>`;
        EN_OUTLINE.forEach(([t, lead, start], i) => {
          body += `<h2>3.${i + 1} ${esc(t)}</h2>
<table><tr><td>Lead implementing agency</td><td>${esc(lead)}</td></tr><tr><td>Supporting actors</td><td>Civil Society Platform; Media Foundation</td></tr>
<tr><td>Duration</td><td>${start} – Q2 2027</td></tr><tr><td>Problem</td><td>Information is not published in a usable form.</td></tr></table>
<table><tr><th>No.</th><th>Milestone</th><th>Start date</th><th>End date</th></tr>
<tr><td>1</td><td>Design with stakeholders</td><td>${start}</td><td>Q4 2025</td></tr><tr><td>2</td><td>Launch</td><td>Q1 2026</td><td>Q3 2026</td></tr><tr><td>3</td><td>Review</td><td>Q4 2026</td><td>Q2 2027</td></tr></table>`;
        });
      } else {
        for (const s of subs) body += `<h2>${esc(s)}</h2><p>${text()}</p><p>${text()}</p>`;
      }
    }
    return page('en', 'Fourth Open Government National Action Plan', css, body);
  };
  return {
    name: 'en-outline-numbered',
    kind: 'action-plan',
    family: 'outline-numbered',
    language: 'en',
    format: 'pdf',
    note: 'The whole document in outline numbering: chapters "1." to "4." and sections "1.1", "2.3", "4.2" at the same level as the commitments "3.1"–"3.6" of chapter 3; a contents page with dot leaders listing all; each commitment a field table and a milestones table numbered 1–3; "contains six commitments".',
    html,
    commitments,
    toc: sections.flatMap(([h, subs]) => [h, ...subs.filter((s) => !s.startsWith('3.'))]),
  };
}

// Portuguese: numbers hanging in the margin, the title indented and wrapping under itself.
const PT_HANG: Array<[string, string]> = [
  ['Criação de um observatório nacional da transparência na contratação pública e nas concessões', 'Eixo 1'],
  ['Disponibilização em dados abertos da informação sobre a execução dos fundos europeus', 'Eixo 1'],
  ['Envolvimento dos cidadãos na avaliação da qualidade dos serviços públicos de proximidade', 'Eixo 2'],
  ['Reforço dos mecanismos de proteção de denunciantes na administração pública', 'Eixo 2'],
];

function ptHanging(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.4; } h1 { font-family: 'DejaVu Sans'; font-size: 16pt; }
h2 { font-family: 'DejaVu Sans'; font-size: 13pt; } .c { display: flex; font-family: 'DejaVu Sans'; font-weight: bold; font-size: 11pt; margin: 14pt 0 4pt; }
.c .n { flex: none; width: 14mm; } .c .t { flex: 1; } .f { margin: 2pt 0; }`;
  const commitments: Labelled[] = PT_HANG.map(([t, eixo], i) => ({
    label: String(i + 1),
    title: t,
    theme: eixo === 'Eixo 1' ? 'Transparência' : 'Participação e integridade',
    marker: `${i + 1} ${t}`,
  }));
  const html = (): string => {
    let body = `<h1>IV Plano de Ação Nacional de Administração Aberta</h1><p>O plano apresenta 4 compromissos, agrupados em dois eixos.</p>`;
    let eixo = '';
    PT_HANG.forEach(([t, e], i) => {
      if (e !== eixo) {
        body += `<h2>${e} – ${e === 'Eixo 1' ? 'Transparência' : 'Participação e integridade'}</h2>`;
        eixo = e;
      }
      body += `<div class="c"><span class="n">${i + 1}</span><span class="t">${esc(t)}</span></div>
<p class="f">Entidade responsável: Agência para a Modernização Administrativa</p><p class="f">Data de início: janeiro de 2025</p><p class="f">Data de conclusão: dezembro de 2026</p>
<p>Marcos: (i) levantamento; (ii) implementação; (iii) avaliação.</p>`;
    });
    return page('pt', 'IV Plano de Ação Nacional de Administração Aberta', css, body);
  };
  return {
    name: 'pt-hanging-number',
    kind: 'action-plan',
    family: 'hanging-number',
    language: 'pt',
    format: 'pdf',
    note: 'Commitment numbers hanging in the margin with no dot ("1" then the bold title indented, wrapping under itself over two lines); "Eixo N – …" headings; field lines Entidade responsável / Data de início / Data de conclusão; marcos (i)–(iii) inline.',
    html,
    commitments,
  };
}

export const DOCS_E: Doc[] = [enOutline(), ptHanging()];
