/**
 * Cues the eighteenth batch of the second blind set (PDFs drawn the way word processors and layout programs
 * export, not the way Chromium prints) called for: a table drawn column by column and two columns drawn line
 * by line across the page, put back in reading order; a tab stop drawn as a jump in position, read as a tab;
 * and a consultation notice that opens on "Communiqué" and invites proposals in the present tense.
 */
import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../../src/core/detect/index.ts';
import { ABOUT_A_PLAN, NEWS_NAME } from '../../../src/core/detect/cues.ts';
import { styledPageTextOf, type TextRun } from '../../../src/core/text/page-text.ts';
import { readingOrder } from '../../../src/core/text/reading-order.ts';

/** A run as pdf.js gives it: text at (x, y), 10 points, each character 5 points wide. */
const run = (str: string, x: number, y: number, size = 10): TextRun => ({
  str,
  hasEOL: false,
  transform: [size, 0, 0, size, x, y],
  fontName: 'g_d0_f1',
  width: str.length * size * 0.5,
});

describe('a table drawn column by column', () => {
  // Three rows: a label in the first column, a value of one or two lines in the second.
  const labels = [
    run('Lead agency', 60, 700),
    run('Start and end date', 60, 670),
    run('Milestones', 60, 640),
  ];
  const values = [
    run('Ministry of Health', 200, 700),
    run('January 2025 – June 2027', 200, 670),
    run('1. Scorecards designed', 200, 640),
    run('2. Scorecards run in 60 clinics', 200, 627),
  ];

  it('is read row by row, each label beside its value', () => {
    const text = styledPageTextOf([
      run('Commitment 3: Community scorecards', 60, 730),
      ...labels,
      ...values,
    ]).text;
    expect(text.split('\n')).toEqual([
      'Commitment 3: Community scorecards',
      'Lead agency\tMinistry of Health',
      'Start and end date\tJanuary 2025 – June 2027',
      'Milestones\t1. Scorecards designed',
      '2. Scorecards run in 60 clinics',
    ]);
  });

  it('drawn row by row already, keeps its order', () => {
    const rows = [labels[0], values[0], labels[1], values[1], labels[2], values[2], values[3]] as TextRun[];
    expect(readingOrder(rows)).toBe(rows);
  });
});

describe('two columns drawn line by line across the page', () => {
  // Lines of two columns of running text, 12 points apart on the left and 13 on the right, merged by height.
  const left = Array.from({ length: 14 }, (_, k) =>
    run(`left line ${k + 1} of the first column text`, 50, 760 - 12 * k),
  );
  const right = Array.from({ length: 14 }, (_, k) =>
    run(`right line ${k + 1} of the second column text`, 310, 757 - 13 * k),
  );
  const merged = [...left, ...right].sort((a, b) => (b.transform?.[5] ?? 0) - (a.transform?.[5] ?? 0));

  it('are read one column after the other', () => {
    const lines = styledPageTextOf(merged).text.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'left line 1 of the first column text',
      'left line 2 of the first column text',
    ]);
    expect(lines[14]).toBe('right line 1 of the second column text');
    expect(lines).toHaveLength(28);
  });

  it('a table of one-line cells drawn row by row is not taken for them', () => {
    const rows = Array.from({ length: 14 }, (_, k) => [
      run(`label ${k + 1} of a row in the table`, 50, 760 - 14 * k),
      run(`value ${k + 1} of the same row in the table`, 310, 760 - 14 * k),
    ]).flat();
    expect(readingOrder(rows)).toBe(rows);
  });
});

describe('a tab stop drawn as a jump in position', () => {
  it('is read as a tab, so a contents entry keeps its page number apart', () => {
    const blank = { ...run(' ', 200, 700), width: 180 };
    const { text } = styledPageTextOf([
      run('Commitment 1 – Beneficial ownership register', 60, 700),
      blank,
      run('3', 520, 700),
    ]);
    expect(text).toBe('Commitment 1 – Beneficial ownership register\t3');
  });

  it('an ordinary space stays a space', () => {
    expect(styledPageTextOf([run('Open', 60, 700), run(' ', 80, 700), run('data', 85, 700)]).text).toBe(
      'Open data',
    );
  });
});

describe('a consultation notice', () => {
  it('names itself by a kicker "Communiqué" or "Comunicado" opening its cover', () => {
    expect(NEWS_NAME.test('communiqué consultation publique en vue du troisième plan')).toBe(true);
    expect(NEWS_NAME.test('comunicado\nconsulta pública del plan')).toBe(true);
    expect(NEWS_NAME.test('plan d’action national, communiqué au conseil')).toBe(false);
  });

  it('invites proposals in the present tense; a plan tells how people were invited', () => {
    const invites = (s: string): boolean => ABOUT_A_PLAN.some((cue) => cue.test(s));
    expect(invites('les citoyens sont invités à proposer des engagements jusqu’au 15 mars')).toBe(true);
    expect(invites('organisations are invited to submit proposals by 30 june')).toBe(true);
    expect(invites('las organizaciones fueron invitadas a las mesas de cocreación')).toBe(false);
  });

  it('with the previous plan’s commitments as headings, is about a plan', () => {
    const text = [
      'Communiqué',
      'Consultation publique en vue du troisième plan d’action national pour un gouvernement ouvert',
      'Le Secrétariat général du gouvernement lance une consultation publique pour préparer le troisième plan d’action national au sein du Partenariat pour un gouvernement ouvert. Les citoyens et les associations sont invités à proposer des engagements jusqu’au 15 mars 2025.',
      'Rappel : les engagements du deuxième plan',
      'Engagement 1 : Publication des contrats miniers et pétroliers',
      'Engagement 3 : Budget citoyen des collectivités territoriales',
      'Engagement 4 : Loi sur l’accès à l’information',
      'Comment participer',
      'Les propositions peuvent être déposées sur la plateforme participative.',
    ].join('\n');
    expect(detectDocument({ text }).kind).toBe('other');
  });
});
