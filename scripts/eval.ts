/**
 * `npm run eval`: how well detection and commitment finding do on the labelled documents. The written
 * fixtures, the layout fixtures and the blind set are always scored; the real plans in $PLAN_CORPUS_DIR when
 * the variable is set.
 */
import { editSimilarity } from '../src/core/anchoring/edit-similarity.ts';
import { findCommitments, type Commitment } from '../src/core/commitments/index.ts';
import { detectDocument, type DocumentKind } from '../src/core/detect/index.ts';
import {
  blindCases,
  corpusCases,
  fixtureCases,
  layoutCases,
  type Case,
  type Expected,
} from './eval-cases.ts';
import {
  emptyStrict,
  judge,
  STRICT_HEADER,
  strictRow,
  TITLE_NEAR,
  type StrictMiss,
  type StrictTally,
} from './eval-strict.ts';

const TITLE_MATCH = 0.8;
const TITLE_MATCH_WITH_LABEL = 0.5;

/** One-to-one matching in order: same page, and the same label with a similar title, or a very similar title. */
function match(found: readonly Commitment[], expected: readonly Expected[]): Array<[Commitment, Expected]> {
  const pairs: Array<[Commitment, Expected]> = [];
  const used = new Set<number>();
  const norm = (t: string): string => t.toLowerCase().replace(/\s+/gu, ' ').trim();
  for (const f of found) {
    let best = -1;
    let bestScore = 0;
    expected.forEach((e, i) => {
      if (used.has(i) || (e.page !== null && f.page !== null && e.page !== f.page)) return;
      const similarity = editSimilarity(norm(f.title), norm(e.title));
      const sameLabel = e.label !== null && e.label === f.label;
      const ok = similarity >= TITLE_MATCH || (sameLabel && similarity >= TITLE_MATCH_WITH_LABEL);
      if (ok && similarity > bestScore) {
        best = i;
        bestScore = similarity;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([f, expected[best] as Expected]);
    }
  }
  return pairs;
}

/** The median of a few timed runs, after the first one has warmed the regexes up. */
function medianMicros(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    run();
    times.push((performance.now() - started) * 1000);
  }
  return times.sort((a, b) => a - b)[10] as number;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

interface Tally {
  found: number;
  expected: number;
  matched: number;
}

function add(into: Map<string, Tally>, key: string, t: Tally): void {
  const was = into.get(key) ?? { found: 0, expected: 0, matched: 0 };
  into.set(key, {
    found: was.found + t.found,
    expected: was.expected + t.expected,
    matched: was.matched + t.matched,
  });
}

function f1(t: Tally): string {
  const p = t.found === 0 ? (t.expected === 0 ? 1 : 0) : t.matched / t.found;
  const r = t.expected === 0 ? 1 : t.matched / t.expected;
  return p + r === 0 ? '0.00' : ((2 * p * r) / (p + r)).toFixed(2);
}

function tallyRows(tallies: Map<string, Tally>): string[][] {
  return [...tallies.entries()].map(([key, t]) => [
    key,
    String(t.expected),
    String(t.found),
    String(t.matched),
    percent(t.matched, t.found),
    percent(t.matched, t.expected),
    f1(t),
  ]);
}

/** The set a case belongs to, and its language, for the strict measure. */
function setOf(c: Case): string {
  if (c.set) return c.set === 'layout' ? 'layout fixtures' : c.set;
  return c.name.startsWith('fixtures/') ? 'written fixtures' : 'US plans';
}

function languageOf(c: Case): string {
  if (c.language) return c.language;
  return /-(en|es|fr|pt)\.txt$/u.exec(c.name)?.[1] ?? 'en';
}

/** Strict tallies by set, by set and language, and over everything. */
class Strict {
  readonly bySet = new Map<string, StrictTally>();
  readonly bySetLanguage = new Map<string, StrictTally>();
  readonly all = emptyStrict();
  readonly misses: StrictMiss[] = [];

  add(c: Case, pairs: ReadonlyArray<readonly [Commitment, Expected]>): void {
    const set = setOf(c);
    const tally = (map: Map<string, StrictTally>, key: string): StrictTally => {
      const t = map.get(key) ?? emptyStrict();
      map.set(key, t);
      return t;
    };
    const into = [tally(this.bySet, set), tally(this.bySetLanguage, `${set} / ${languageOf(c)}`), this.all];
    this.misses.push(...judge(c.name, pairs, into));
  }
}

async function main(): Promise<void> {
  // `--strict` lists every field the strict measure finds wrong, not only the titles when they are few.
  const listAll = process.argv.includes('--strict');
  const strict = new Strict();
  const corpus = process.env.PLAN_CORPUS_DIR;
  const cases = [...fixtureCases(), ...layoutCases(), ...blindCases('blind'), ...blindCases('blind2')];
  if (corpus) cases.push(...corpusCases(corpus));
  else
    console.log(
      'PLAN_CORPUS_DIR is not set: scoring the written fixtures only (set it to the corpus folder).\n',
    );

  const detectionRows: string[][] = [];
  const commitmentRows: string[][] = [];
  const byFamily = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  const blind = {
    blind: {
      rows: [] as string[][],
      byFamily: new Map<string, Tally>(),
      byLanguage: new Map<string, Tally>(),
    },
    blind2: {
      rows: [] as string[][],
      byFamily: new Map<string, Tally>(),
      byLanguage: new Map<string, Tally>(),
    },
  };
  const blindAll = { blind: new Map<string, Tally>(), blind2: new Map<string, Tally>() };
  let right = 0;
  let timed = 0;
  let totals = { found: 0, expected: 0, matched: 0 };
  let detectMicros = 0;
  let statuses = 0;
  let statusesRight = 0;
  for (const c of cases) {
    let kind: DocumentKind;
    let found: Commitment[] = [];
    if (c.inspected) {
      // What the command line answers, the way the held-out plans are scored.
      const inspected = await c.inspected();
      kind = inspected.kind;
      found = inspected.commitments;
      detectionRows.push([c.name, c.kind, kind, '', c.language ?? '', kind === c.kind ? 'yes' : 'NO']);
    } else {
      const { sample, source } = await c.sample();
      const detection = detectDocument(sample);
      detectMicros += medianMicros(() => detectDocument(sample));
      timed++;
      kind = detection.kind;
      detectionRows.push([
        c.name,
        c.kind,
        detection.kind,
        detection.score.toFixed(2),
        detection.language,
        kind === c.kind ? 'yes' : 'NO',
      ]);
      if (c.commitments) found = findCommitments(source);
    }
    if (kind === c.kind) right++;
    if (c.family && c.language) {
      // A news item found as a plan counts its commitments as false finds of its family.
      const t = { found: found.length, expected: c.commitments?.length ?? 0, matched: 0 };
      if (c.commitments) t.matched = match(found, c.commitments).length;
      if (!c.commitments && kind !== c.kind) t.found = Math.max(t.found, 1);
      if (c.set === 'blind' || c.set === 'blind2') {
        const into = blind[c.set];
        add(into.byFamily, c.family, t);
        add(into.byLanguage, c.language, t);
        add(blindAll[c.set], 'all blind documents', t);
        const blindPairs = c.commitments ? match(found, c.commitments) : [];
        strict.add(c, blindPairs);
        for (const [f, e] of blindPairs) {
          if (e.reportedStatus === undefined) continue;
          statuses++;
          if ((f.reportedStatus ?? null) === e.reportedStatus) statusesRight++;
        }
        into.rows.push([
          c.name,
          c.language,
          ...(tallyRows(new Map([['', t]]))[0] ?? []).slice(1),
          kind === c.kind ? 'yes' : 'NO',
        ]);
        continue;
      }
      add(byFamily, c.family, t);
      add(byLanguage, c.language, t);
      add(byFamily, 'all layout fixtures', t);
    }
    if (!c.commitments) continue;
    const pairs = match(found, c.commitments);
    strict.add(c, pairs);
    totals = {
      found: totals.found + found.length,
      expected: totals.expected + c.commitments.length,
      matched: totals.matched + pairs.length,
    };
    for (const [f, e] of pairs) {
      if (e.reportedStatus === undefined) continue;
      statuses++;
      if ((f.reportedStatus ?? null) === e.reportedStatus) statusesRight++;
    }
    const themes = pairs.filter(([f, e]) => f.theme === e.theme).length;
    const withFields = pairs.filter(([, e]) => e.leadAgency !== undefined);
    const fields = withFields.filter(
      ([f, e]) => f.leadAgency === e.leadAgency && f.startDate === e.startDate && f.endDate === e.endDate,
    ).length;
    commitmentRows.push([
      c.name,
      String(c.commitments.length),
      String(found.length),
      String(pairs.length),
      percent(pairs.length, found.length),
      percent(pairs.length, c.commitments.length),
      percent(themes, pairs.length),
      percent(fields, withFields.length),
    ]);
  }
  commitmentRows.push([
    'all',
    String(totals.expected),
    String(totals.found),
    String(totals.matched),
    percent(totals.matched, totals.found),
    percent(totals.matched, totals.expected),
    '',
    '',
  ]);

  console.log('Detection\n');
  console.log(table(['document', 'expected', 'detected', 'score', 'lang', 'right'], detectionRows));
  console.log(
    `\nDetection accuracy: ${right}/${cases.length} (${percent(right, cases.length)}); ` +
      `mean of medians ${(detectMicros / Math.max(timed, 1)).toFixed(0)} µs per document (bounded sample)\n`,
  );
  console.log(
    'Commitments (matched: same page, and same label with a similar title or a very similar title)\n',
  );
  console.log(
    table(
      ['document', 'expected', 'found', 'matched', 'precision', 'recall', 'theme', 'lead+dates'],
      commitmentRows,
    ),
  );
  const header = ['expected', 'found', 'matched', 'precision', 'recall', 'F1'];
  console.log('\nLayout fixtures by family (read as `plan-annotator inspect FILE --json` reads them)\n');
  console.log(table(['family', ...header], tallyRows(byFamily)));
  console.log('\nLayout fixtures by language\n');
  console.log(table(['language', ...header], tallyRows(byLanguage)));
  const titles = { blind: 'Blind set (LibreOffice)', blind2: 'Second blind set (Chromium)' };
  for (const set of ['blind', 'blind2'] as const) {
    const name = titles[set];
    console.log(`\n${name}, per document (read as \`plan-annotator inspect FILE --json\` reads them)\n`);
    console.log(table(['document', 'lang', ...header, 'kind right'], blind[set].rows));
    console.log(`\n${name} by family\n`);
    console.log(
      table(['family', ...header], [...tallyRows(blind[set].byFamily), ...tallyRows(blindAll[set])]),
    );
    console.log(`\n${name} by language\n`);
    console.log(table(['language', ...header], tallyRows(blind[set].byLanguage)));
  }
  console.log(
    `\nReported status of the commitments a self-assessment or IRM report reviews (all sets): ${statusesRight}/${statuses} right`,
  );
  printStrict(strict, listAll);
}

function printStrict(strict: Strict, listAll: boolean): void {
  console.log(
    '\nStrict reading of the matched commitments: a title is exact when it equals the label once white space,\n' +
      'line-end hyphenation, quotes, dashes, case and a final period or colon are normalised; near when its\n' +
      `edit similarity is at least ${TITLE_NEAR} (a letter or accent); wrong below that (words run on or cut).\n` +
      'Label, page, theme, lead+dates and status: right/labelled, where the label gives them.\n',
  );
  const sets = [...strict.bySet.entries()].map(([name, t]) => strictRow(name, t));
  console.log(table(['set', ...STRICT_HEADER], [...sets, strictRow('all', strict.all)]));
  console.log('\nStrict reading by set and language\n');
  const languages = [...strict.bySetLanguage.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, t]) => strictRow(name, t));
  console.log(table(['set / language', ...STRICT_HEADER], languages));
  const titles = strict.misses.filter((m) => m.field === 'title');
  const shown = listAll ? strict.misses : titles.length <= 25 ? titles : [];
  if (shown.length > 0) {
    console.log(`\n${listAll ? 'Every field' : 'Titles'} not as labelled\n`);
    console.log(
      table(
        ['document', 'field', 'label', 'expected', 'found'],
        shown.map((m) => [m.document, m.field, m.label ?? '', m.expected, m.found]),
      ),
    );
  } else if (titles.length > 0) {
    console.log(`\n${titles.length} titles not as labelled: run with --strict to list them.`);
  }
}

await main();
