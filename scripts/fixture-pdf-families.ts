/** The PDF families of the layout fixtures (see `commitment-fixtures.ts`), one function each. */
import type { Lang, Words } from './fixture-words.ts';
import {
  BODY,
  Writer,
  commitmentsOf,
  milestoneLine,
  newPdf,
  save,
  type Expected,
  type ExpectedCommitment,
  type Outline,
  type Style,
} from './fixture-writer.ts';

// ---------------------------------------------------------------------------------------------------
// Family: dotted numbering under themes, a contents page worded differently, template fields.

export async function dottedContents(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const outline: Outline = [
    [0, [0, 1, 4]],
    [1, [2, 8, 11]],
    [2, [3, 9]],
  ];
  const total = commitmentsOf(w, outline).length;
  let pagesOf: number[] = [];
  let expected: ExpectedCommitment[] = [];
  let bytes: Uint8Array = new Uint8Array();
  // Two passes: the contents page prints the page numbers the second pass draws on.
  for (let pass = 0; pass < 2; pass++) {
    const { doc, fonts } = await newPdf();
    const out = new Writer(doc, fonts, { header: w.planTitle, footer: (n) => String(n) });
    out.newPage();
    out.para(w.country, { font: 'sans', size: 14, before: 120 });
    out.para(w.planTitle, { font: 'sansBold', size: 24, before: 20 });
    out.newPage();
    out.para(w.contents, { font: 'sansBold', size: 16 });
    // The contents page abridges titles and words the parts differently from the body.
    let k = 0;
    outline.forEach(([t, titles], ti) => {
      out.para(`${ti + 1}. ${(w.themes[t] as string).toUpperCase()} ........ ${pagesOf[k] ?? 0}`, {
        font: 'sans',
        size: 10,
        before: 6,
      });
      titles.forEach((index, ci) => {
        const short = (w.titles[index] as string).split(' ').slice(0, 6).join(' ');
        out.para(`${ti + 1}.${ci + 1} ${short} ........ ${pagesOf[k] ?? 0}`, {
          font: 'sans',
          size: 10,
          indent: 14,
        });
        k++;
      });
    });
    out.newPage();
    out.para(w.introduction, { font: 'sansBold', size: 16 });
    for (const p of w.introText) out.para(p, BODY);
    out.para(w.statedCount(total, outline.length), BODY);
    out.para(w.achievements, { font: 'sansBold', size: 13, before: 10 });
    w.achievementsList.forEach((a, i) => out.para(`${i + 1}. ${a}`, { ...BODY, indent: 10 }));
    out.para(w.lessons, { font: 'sansBold', size: 13, before: 10 });
    w.lessonsList.forEach((a, i) => out.para(`${i + 1}. ${a}`, { ...BODY, indent: 10 }));
    out.newPage();
    pagesOf = [];
    expected = [];
    outline.forEach(([t, titles], ti) => {
      out.para(`${ti + 1}. ${w.themes[t]}`, { font: 'sansBold', size: 15, before: 18 });
      titles.forEach((index, ci) => {
        const label = `${ti + 1}.${ci + 1}`;
        const title = w.titles[index] as string;
        const page = out.para(`${label} ${title}`, { font: 'sansBold', size: 12, before: 14 });
        pagesOf.push(page);
        expected.push({ label, title, page, theme: w.themes[t] as string });
        out.para(`${w.lead}: ${w.agencies[(ti + ci) % 4]}`, BODY);
        out.para(`${w.supporting}: ${w.agencies[(ti + ci + 1) % 4]}`, BODY);
        out.para(`${w.duration}: ${w.dates[0]} – ${w.dates[3]}`, BODY);
        out.para(w.problemText, BODY);
        out.para(`${w.milestones}:`, { ...BODY, font: 'serifBold' });
        for (let m = 0; m < 3; m++)
          out.para(`${label}.${m + 1} ${milestoneLine(w, m)}`, { ...BODY, indent: 12 });
      });
    });
    out.para(w.annex, { font: 'sansBold', size: 15, before: 18 });
    w.annexList.forEach((a, i) => out.para(`${i + 1}. ${a}`, { ...BODY, indent: 10 }));
    bytes = await save(doc);
  }
  return [
    bytes,
    { kind: 'action-plan', family: 'dotted-contents', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: headings told apart only by size (themes) and weight (commitments); no numbers, no fields.

export async function fontOnly(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const outline: Outline = [
    [1, [2, 5]],
    [3, [10, 7, 6]],
    [2, [9, 3]],
  ];
  const { doc, fonts } = await newPdf();
  const out = new Writer(doc, fonts, { header: null, footer: (n) => `${w.pageWord} ${n}` });
  out.newPage();
  out.para(w.planTitle, { font: 'serifBold', size: 22, before: 40 });
  out.para(w.introduction, { font: 'serif', size: 17, before: 24 });
  for (const p of w.introText) out.para(p, BODY);
  out.para(w.consultation, { font: 'serifBold', size: 10.5, before: 10 });
  out.para(w.consultationText, BODY);
  out.para(w.lessons, { font: 'serifBold', size: 10.5, before: 10 });
  for (const l of w.lessonsList) out.para(`• ${l}`, { ...BODY, indent: 10 });
  const expected: ExpectedCommitment[] = [];
  for (const [t, titles] of outline) {
    out.para(w.themes[t] as string, { font: 'serif', size: 17, before: 24 });
    for (const index of titles) {
      const title = w.titles[index] as string;
      const page = out.para(title, { font: 'serifBold', size: 10.5, before: 12 });
      expected.push({ label: null, title, page, theme: w.themes[t] as string });
      out.para(w.problemText, BODY);
      out.para(w.bodyText, BODY);
      for (let m = 0; m < 3; m++) out.para(`• ${w.milestoneTexts[m]}`, { ...BODY, indent: 10 });
    }
  }
  out.para(w.recommendations, { font: 'serif', size: 17, before: 24 });
  for (const r of w.recommendationsList) out.para(`• ${r}`, { ...BODY, indent: 10 });
  return [
    await save(doc),
    { kind: 'action-plan', family: 'font-only', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: the OGP template, the title printed as a field, one commitment per template.

export async function titleField(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const picks = [0, 3, 5, 7, 9, 10];
  const { doc, fonts } = await newPdf();
  const out = new Writer(doc, fonts, { header: w.planTitle, footer: (n) => `${w.pageWord} ${n}` });
  out.newPage();
  out.para(w.planTitle, { font: 'sansBold', size: 20, before: 40 });
  for (const p of w.introText) out.para(p, BODY);
  out.para(w.statedCount(picks.length, 1), BODY);
  out.para(w.recommendations, { font: 'sansBold', size: 12, before: 12 });
  w.recommendationsList.forEach((r, i) => out.para(`${i + 1}. ${r}`, { ...BODY, indent: 10 }));
  const expected: ExpectedCommitment[] = [];
  const field: Style = { font: 'sansBold', size: 10, before: 8 };
  const value: Style = { font: 'sans', size: 10, before: 1 };
  picks.forEach((index, i) => {
    out.newPage();
    const label = String(i + 1).padStart(2, '0');
    const title = w.titles[index] as string;
    const page = out.para(`${w.commitmentId}: ${label}`, field);
    out.para(`${w.commitmentTitle}:`, field);
    out.para(title, value);
    expected.push({ label, title, page, theme: null });
    out.para(`${w.start}: ${w.dates[0]}`, field);
    out.para(`${w.end}: ${w.dates[3]}`, field);
    out.para(`${w.lead}:`, field);
    out.para(w.agencies[i % 4] as string, value);
    out.para(`${w.supporting}:`, field);
    out.para(`${w.agencies[(i + 2) % 4]}`, value);
    out.para(w.problem, field);
    out.para(w.problemText, value);
    out.para(`${w.objective}:`, field);
    out.para(w.objectiveText, value);
    out.para(`${w.values}:`, field);
    out.para(w.valuesText, value);
    out.para(`${w.milestones}:`, field);
    for (let m = 0; m < 4; m++) out.para(`${m + 1}. ${milestoneLine(w, m)}`, { ...value, indent: 10 });
  });
  return [
    await save(doc),
    { kind: 'action-plan', family: 'title-field', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: two columns, keyword headings whose long titles wrap, hyphenated body text.

export async function twoColumn(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const picks = [2, 10, 1, 4, 6];
  const { doc, fonts } = await newPdf();
  const out = new Writer(
    doc,
    fonts,
    { header: `${w.country} · ${w.planTitle}`, footer: (n) => `- ${n} -` },
    2,
  );
  out.newPage();
  out.para(w.planTitle, { font: 'sansBold', size: 15, before: 10 });
  const hyph: Style = { ...BODY, hyphenate: true };
  for (const p of w.introText) out.para(p, hyph);
  out.para(w.statedCount(picks.length, 2), hyph);
  const expected: ExpectedCommitment[] = [];
  picks.forEach((index, i) => {
    const label = String(i + 1);
    const title = w.titles[index] as string;
    const page = out.para(`${w.keyword} ${label}: ${title}`, { font: 'sansBold', size: 11, before: 14 });
    expected.push({ label, title, page, theme: null });
    out.para(w.problemText, hyph);
    out.para(w.bodyText, hyph);
    out.para(`${w.lead}: ${w.agencies[i % 4]}`, hyph);
    out.para(`${w.milestones}:`, { ...BODY, font: 'serifBold' });
    for (let m = 0; m < 3; m++) out.para(`${m + 1}. ${milestoneLine(w, m)}`, { ...hyph, indent: 8 });
  });
  out.para(w.recommendations, { font: 'sansBold', size: 11, before: 14 });
  w.recommendationsList.forEach((r, i) => out.para(`${i + 1}. ${r}`, { ...hyph, indent: 8 }));
  return [
    await save(doc),
    { kind: 'action-plan', family: 'two-column', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: letter-and-number labels (`A.1`) under lettered themes; a template table per commitment.

export async function letterTable(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const outline: Outline = [
    [0, [4, 0]],
    [2, [3, 9, 1]],
    [3, [11]],
  ];
  const { doc, fonts } = await newPdf();
  const out = new Writer(doc, fonts, { header: w.planTitle, footer: (n) => String(n) });
  out.newPage();
  out.para(w.planTitle, { font: 'sansBold', size: 18, before: 30 });
  for (const p of w.introText) out.para(p, BODY);
  out.para(w.achievements, { font: 'sansBold', size: 12, before: 12 });
  w.achievementsList.forEach((a, i) =>
    out.para(`${String.fromCharCode(97 + i)}) ${a}`, { ...BODY, indent: 10 }),
  );
  const expected: ExpectedCommitment[] = [];
  const widths = [150, 325];
  outline.forEach(([t, titles], ti) => {
    const letter = String.fromCharCode(65 + ti);
    out.para(`${letter}. ${w.themes[t]}`, { font: 'sansBold', size: 14, before: 20 });
    titles.forEach((index, ci) => {
      const label = `${letter}.${ci + 1}`;
      const title = w.titles[index] as string;
      const page = out.para(`${label} ${title}`, { font: 'sansBold', size: 11, before: 12 });
      expected.push({ label, title, page, theme: w.themes[t] as string });
      const cell: Style = { font: 'sans', size: 9.5, before: 0 };
      out.row([w.lead, w.agencies[ci % 4] as string], widths, cell);
      out.row([w.supporting, w.agencies[(ci + 3) % 4] as string], widths, cell);
      out.row([w.start, w.dates[0]], widths, cell);
      out.row([w.end, w.dates[3]], widths, cell);
      out.row([w.objective, w.objectiveText], widths, cell);
      out.row([w.milestones, ''], widths, cell);
      for (let m = 0; m < 3; m++) out.row([`${label}.${m + 1}`, milestoneLine(w, m)], widths, cell);
    });
  });
  return [
    await save(doc),
    { kind: 'action-plan', family: 'letter-table', language: lang, format: 'pdf', commitments: expected },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Family: the self-assessment, each commitment with the status the government reports.

export async function selfAssessment(w: Words, lang: Lang): Promise<[Uint8Array, Expected]> {
  const picks = [0, 1, 2, 3, 4];
  const { doc, fonts } = await newPdf();
  const out = new Writer(doc, fonts, { header: w.selfAssessmentTitle, footer: (n) => String(n) });
  out.newPage();
  out.para(w.selfAssessmentTitle, { font: 'sansBold', size: 18, before: 30 });
  out.para(w.selfAssessmentIntro, BODY);
  out.para(w.introText[0] as string, BODY);
  const expected: ExpectedCommitment[] = [];
  picks.forEach((index, i) => {
    const label = String(i + 1);
    const title = w.titles[index] as string;
    const page = out.para(`${w.keyword} ${label}: ${title}`, { font: 'sansBold', size: 12, before: 16 });
    const status = w.statuses[i % 4] as string;
    expected.push({ label, title, page, theme: null, reportedStatus: status });
    out.para(`${w.lead}: ${w.agencies[i % 4]}`, BODY);
    out.para(`${w.statusLabel}: ${status}`, BODY);
    out.para(w.progressText, BODY);
    for (let m = 0; m < 2; m++) out.para(`${m + 1}. ${milestoneLine(w, m)}`, { ...BODY, indent: 10 });
  });
  return [
    await save(doc),
    {
      kind: 'self-assessment',
      family: 'self-assessment',
      language: lang,
      format: 'pdf',
      commitments: expected,
    },
  ];
}
