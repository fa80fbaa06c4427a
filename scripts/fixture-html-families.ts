/** The HTML families of the layout fixtures (see `commitment-fixtures.ts`), one function each. */
import type { Lang, Words } from './fixture-words.ts';
import {
  commitmentsOf,
  milestoneLine,
  type Expected,
  type ExpectedCommitment,
  type Outline,
} from './fixture-writer.ts';

// ---------------------------------------------------------------------------------------------------
// HTML families.

function esc(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Headings by element: h2 parts and themes, h3 commitments (and h3 traps in the introduction). */
export function htmlHeadings(w: Words, lang: Lang): [string, Expected] {
  const outline: Outline = [
    [0, [6, 1]],
    [1, [8, 2, 11]],
    [3, [7]],
  ];
  const parts: string[] = [`<header><nav><a href="/">${esc(w.country)}</a></nav></header>`, '<main>'];
  parts.push(`<h1>${esc(w.planTitle)}</h1>`);
  parts.push(`<h2>${esc(w.introduction)}</h2>`);
  for (const p of w.introText) parts.push(`<p>${esc(p)}</p>`);
  parts.push(`<p>${esc(w.statedCount(commitmentsOf(w, outline).length, outline.length))}</p>`);
  parts.push(
    `<h3>${esc(w.achievements)}</h3><ol>${w.achievementsList.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`,
  );
  parts.push(`<h3>${esc(w.lessons)}</h3><ol>${w.lessonsList.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`);
  const expected: ExpectedCommitment[] = [];
  outline.forEach(([t, titles], ti) => {
    parts.push(`<h2>${esc(w.themes[t] as string)}</h2>`);
    titles.forEach((index, ci) => {
      const title = w.titles[index] as string;
      expected.push({ label: null, title, page: null, theme: w.themes[t] as string });
      parts.push(`<h3>${esc(title)}</h3>`);
      parts.push(`<p><strong>${esc(w.lead)}:</strong> ${esc(w.agencies[(ti + ci) % 4] as string)}</p>`);
      parts.push(`<p><strong>${esc(w.duration)}:</strong> ${esc(`${w.dates[0]} – ${w.dates[3]}`)}</p>`);
      parts.push(`<p>${esc(w.problemText)}</p><p>${esc(w.bodyText)}</p>`);
      parts.push(`<p><strong>${esc(w.milestones)}</strong></p>`);
      parts.push(`<ol>${[0, 1, 2].map((m) => `<li>${esc(milestoneLine(w, m))}</li>`).join('')}</ol>`);
    });
  });
  parts.push(`<h2>${esc(w.annex)}</h2><ol>${w.annexList.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`);
  parts.push('</main>', `<footer><p>© ${esc(w.country)}</p></footer>`);
  return [
    page(lang, w.planTitle, parts.join('\n')),
    { kind: 'action-plan', family: 'html-headings', language: lang, format: 'html', commitments: expected },
  ];
}

/** Commitments as the rows of one matrix; a trap table of milestones after it. */
export function htmlTable(w: Words, lang: Lang): [string, Expected] {
  const picks = [0, 1, 3, 4, 8, 9, 11];
  const parts: string[] = ['<main>', `<h1>${esc(w.planTitle)}</h1>`];
  for (const p of w.introText) parts.push(`<p>${esc(p)}</p>`);
  parts.push(`<p>${esc(w.statedCount(picks.length, 1))}</p>`);
  parts.push(`<h2>${esc(w.commitmentsPart)}</h2>`);
  const [hNo, hTitle, hLead, hPeriod] = w.tableHeader;
  parts.push(
    `<table><thead><tr><th>${esc(hNo)}</th><th>${esc(hTitle)}</th><th>${esc(hLead)}</th><th>${esc(hPeriod)}</th></tr></thead><tbody>`,
  );
  const expected: ExpectedCommitment[] = [];
  picks.forEach((index, i) => {
    const label = String(i + 1);
    const title = w.titles[index] as string;
    expected.push({ label, title, page: null, theme: null });
    parts.push(
      `<tr><td>${label}</td><td>${esc(title)}</td><td>${esc(w.agencies[i % 4] as string)}</td><td>${esc(`${w.dates[0]} – ${w.dates[3]}`)}</td></tr>`,
    );
  });
  parts.push('</tbody></table>');
  parts.push(`<h2>${esc(w.milestones)}</h2>`);
  parts.push(`<table><tr><th>${esc(hNo)}</th><th>${esc(w.milestones)}</th><th>${esc(hPeriod)}</th></tr>`);
  for (let m = 0; m < 4; m++) {
    parts.push(
      `<tr><td>1.${m + 1}</td><td>${esc(w.milestoneTexts[m] as string)}</td><td>${esc(w.dates[m] as string)}</td></tr>`,
    );
  }
  parts.push('</table>');
  parts.push(
    `<h2>${esc(w.recommendations)}</h2><ol>${w.recommendationsList.map((a) => `<li>${esc(a)}</li>`).join('')}</ol>`,
  );
  parts.push('</main>');
  return [
    page(lang, w.planTitle, parts.join('\n')),
    { kind: 'action-plan', family: 'html-table', language: lang, format: 'html', commitments: expected },
  ];
}

/** A news item about the plan: it names the plan and some commitments, and is not a plan. */
export function htmlNews(w: Words, lang: Lang): [string, Expected] {
  const parts = [
    '<header><nav><a href="/">Eldoria Daily</a> <a href="/politics">Politics</a></nav></header>',
    '<article>',
    `<h1>${esc(w.newsTitle)}</h1>`,
    '<p class="byline">2024-02-06</p>',
    ...w.newsText.map((p) => `<p>${esc(p)}</p>`),
    `<ul><li>${esc(w.titles[0] as string)}</li><li>${esc(w.titles[1] as string)}</li></ul>`,
    '</article>',
    '<aside><h2>Most read</h2><ol><li>Weather</li><li>Football</li></ol></aside>',
  ];
  return [
    page(lang, w.newsTitle, parts.join('\n')),
    { kind: 'other', family: 'news', language: lang, format: 'html', commitments: [] },
  ];
}
