/**
 * What a tracker page shows, as data: the same object is the page's HTML (tracker-pages.ts), its JSON
 * and its CSV (tracker-data.ts), so the three never say different things. Built from a plan record and
 * the annotations the reader may see (server/store/tracker.ts); no SQL and no markup here.
 */
import {
  evidenceOf,
  fragmentSelectorOf,
  isUnsupported,
  quoteSelectorOf,
} from '../../src/core/model/annotation.ts';
import { COMPLETION_LEVELS, type Completion } from '../../src/core/model/assessment.ts';
import type { PlanRecord } from '../../src/core/model/plan-record.ts';
import {
  normalisedLabel,
  normalisedTitle,
  reportedStatuses,
  type ReportedStatus,
} from '../../src/core/model/reported-status-match.ts';
import { ReviewerLevels } from '../../src/core/model/reviewer-levels.ts';
import { pageOfFragment } from '../../src/core/model/selectors.ts';
import { WebUrlSchema } from '../../src/core/model/web-url.ts';
import type { TrackerAnnotation } from '../store/tracker.ts';

/** A commitment's level on the chart: its reviewers' commonest latest level, or none yet. */
export type ChartLevel = Completion | 'unassessed';
export const CHART_LEVELS: readonly ChartLevel[] = ['unassessed', ...COMPLETION_LEVELS];

export interface TrackerEvidence {
  title: string;
  /** Only an http or https address; anything else is kept as text and never linked. */
  url: string | null;
  kind: string;
  published: string | null;
  excerpt: string;
}

export interface TrackerEntry {
  id: string;
  reviewer: string;
  completion: Completion | null;
  comment: string;
  tags: string[];
  quote: string | null;
  page: number | null;
  evidence: TrackerEvidence[];
  unsupported: boolean;
  created: string;
  modified: string;
  /** Whether this is its reviewer's latest assessment of the commitment. */
  latest: boolean;
}

export interface ReviewerLevel {
  reviewer: string;
  completion: Completion;
  modified: string;
  id: string;
}

export interface TrackerCommitment {
  /** 1-based position on the plan's page; the commitment's address (`.../commitments/<number>`). */
  number: number;
  label: string | null;
  title: string;
  theme: string | null;
  leadAgency: string | null;
  start: string | null;
  end: string | null;
  /** Each reviewer's latest completion level. */
  levels: ReviewerLevel[];
  level: ChartLevel;
  assessments: number;
  evidence: number;
  unsupported: number;
  disagreement: boolean;
  reported: ReportedStatus | null;
  /** The newest comments, newest first (at most `LATEST_COMMENTS`). */
  latestComments: { id: string; reviewer: string; comment: string; modified: string }[];
  /** Every annotation on it, newest first (only on the commitment's own page and data). */
  entries: TrackerEntry[];
}

export interface PlanView {
  group: { id: string; name: string };
  plan: {
    id: string;
    title: string;
    kind: PlanRecord['kind'];
    language: PlanRecord['language'];
    address: string | null;
    updated: string;
  };
  commitments: TrackerCommitment[];
  /** Commitments per chart level, overall and per theme (themes in the plan's order). */
  totals: Record<ChartLevel, number>;
  themes: { theme: string; counts: Record<ChartLevel, number> }[];
  /** Assessments made per month (UTC, `2026-02`), by level, from the first month to the last, gaps kept. */
  months: { month: string; counts: Record<ChartLevel, number> }[];
  assessments: number;
}

/** At most this many months on the chart over time: the latest ones. */
export const MAX_MONTHS = 36;

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function monthsOf(commitments: readonly TrackerCommitment[]): PlanView['months'] {
  const counts = new Map<string, Record<ChartLevel, number>>();
  for (const c of commitments) {
    for (const e of c.entries) {
      if (e.completion === null) continue;
      const month = e.created.slice(0, 7);
      const row = counts.get(month) ?? zeroCounts();
      row[e.completion]++;
      counts.set(month, row);
    }
  }
  const sorted = [...counts.keys()].sort();
  const last = sorted[sorted.length - 1];
  if (last === undefined) return [];
  const months: PlanView['months'] = [];
  for (let month = sorted[0] as string; month <= last; month = nextMonth(month)) {
    months.push({ month, counts: counts.get(month) ?? zeroCounts() });
  }
  return months.slice(-MAX_MONTHS);
}

export const LATEST_COMMENTS = 3;
export const NO_THEME = 'No theme';

const zeroCounts = (): Record<ChartLevel, number> =>
  Object.fromEntries(CHART_LEVELS.map((level) => [level, 0])) as Record<ChartLevel, number>;

/** The commonest level among reviewers; a tie goes to the lower level, so the chart never flatters. */
function commonLevel(levels: readonly ReviewerLevel[]): ChartLevel {
  if (levels.length === 0) return 'unassessed';
  const counts = new Map<Completion, number>();
  for (const { completion } of levels) counts.set(completion, (counts.get(completion) ?? 0) + 1);
  let best: Completion = levels[0]?.completion ?? 'no-evidence';
  for (const level of COMPLETION_LEVELS) {
    const n = counts.get(level) ?? 0;
    if (n > (counts.get(best) ?? 0)) best = level;
    else if (
      n === (counts.get(best) ?? 0) &&
      n > 0 &&
      COMPLETION_LEVELS.indexOf(level) < COMPLETION_LEVELS.indexOf(best)
    ) {
      best = level;
    }
  }
  return best;
}

function entryOf(item: TrackerAnnotation): Omit<TrackerEntry, 'latest'> {
  const { record } = item;
  const fragment = fragmentSelectorOf(record.target);
  return {
    id: record.id,
    reviewer: item.creatorName,
    completion: record.body.assessment?.completion ?? null,
    comment: record.body.comment,
    tags: record.body.tags,
    quote: quoteSelectorOf(record.target)?.exact ?? fragment?.refinedBy?.exact ?? null,
    page: fragment ? pageOfFragment(fragment) : null,
    evidence: evidenceOf(record).map((e) => ({
      title: e.title,
      url: WebUrlSchema.safeParse(e.url).success ? e.url : null,
      kind: e.kind,
      published: e.published,
      excerpt: e.excerpt,
    })),
    unsupported: isUnsupported(record),
    created: record.created,
    modified: record.modified,
  };
}

interface Slot {
  label: string | null;
  title: string;
  theme: string | null;
  leadAgency: string | null;
  start: string | null;
  end: string | null;
  items: TrackerAnnotation[];
}

/**
 * Which of the plan's commitments an annotation is about: by label when the plan prints labels (the
 * same way the report's status is matched), else by title, else by its position; an annotation on a
 * commitment the shared outline lacks gets a row of its own, so no assessment is left out.
 */
function slotsOf(plan: PlanRecord, annotations: readonly TrackerAnnotation[]): Slot[] {
  const slots: Slot[] = plan.commitments.map((c) => ({
    label: c.label,
    title: c.title,
    theme: c.theme ?? null,
    leadAgency: c.leadAgency ?? null,
    start: c.start ?? null,
    end: c.end ?? null,
    items: [],
  }));
  const byLabel = new Map<string, Slot>();
  const byTitle = new Map<string, Slot>();
  for (const slot of slots) {
    const label = normalisedLabel(slot.label);
    if (label !== null && !byLabel.has(label)) byLabel.set(label, slot);
    const title = normalisedTitle(slot.title);
    if (!byTitle.has(title)) byTitle.set(title, slot);
  }
  const extra = new Map<string, Slot>();
  for (const item of annotations) {
    const ref = item.record.body.commitment;
    if (!ref) continue;
    const label = normalisedLabel(ref.label);
    const found =
      (label !== null ? byLabel.get(label) : undefined) ??
      byTitle.get(normalisedTitle(ref.title)) ??
      (ref.label === null && ref.title === '' ? slots[ref.ordinal - 1] : undefined);
    if (found) {
      found.items.push(item);
      continue;
    }
    const key = `${label ?? ''}\u0000${normalisedTitle(ref.title)}`;
    let own = extra.get(key);
    if (!own) {
      own = {
        label: ref.label,
        title: ref.title,
        theme: null,
        leadAgency: null,
        start: null,
        end: null,
        items: [],
      };
      extra.set(key, own);
    }
    own.items.push(item);
  }
  return [...slots, ...extra.values()];
}

/** Newer first: modified, then id, so every order of rows gives one page. */
const newestFirst = (a: { modified: string; id: string }, b: { modified: string; id: string }) =>
  b.modified.localeCompare(a.modified) || a.id.localeCompare(b.id);

/**
 * The plan's page as data. `reports` are the group's other plan records the reader may see; a report
 * about this plan gives the government's status of its commitments, and a report's own page gives the
 * status it prints.
 */
export function planView(
  group: { id: string; name: string },
  plan: PlanRecord,
  annotations: readonly TrackerAnnotation[],
  reports: readonly PlanRecord[],
): PlanView {
  const slots = slotsOf(plan, annotations);
  const matched = reportedStatuses(
    slots,
    reports.filter((r) => r.id !== plan.id),
  );
  const address = [plan.document.uri, ...plan.document.alternates].find(
    (a) => WebUrlSchema.safeParse(a).success,
  );
  const totals = zeroCounts();
  const themes = new Map<string, Record<ChartLevel, number>>();
  let assessments = 0;
  const commitments = slots.map((slot, index): TrackerCommitment => {
    const levels = new ReviewerLevels<ReviewerLevel & { reviewer: string }>();
    for (const item of slot.items) {
      const completion = item.record.body.assessment?.completion;
      if (completion) {
        levels.add({ reviewer: item.creator, completion, modified: item.record.modified, id: item.id });
      }
    }
    const latestIds = new Set(levels.latest().map((l) => l.id));
    const names = new Map(slot.items.map((item) => [item.creator, item.creatorName]));
    const entries = slot.items
      .map((item) => ({ ...entryOf(item), latest: latestIds.has(item.id) }))
      .sort(newestFirst);
    const assessed = entries.filter((e) => e.completion !== null);
    const latest = levels.latest().map((l) => ({
      reviewer: names.get(l.reviewer) ?? '',
      completion: l.completion,
      modified: l.modified,
      id: l.id,
    }));
    const level = commonLevel(latest);
    totals[level]++;
    const theme = slot.theme?.trim() || NO_THEME;
    const counts = themes.get(theme) ?? zeroCounts();
    counts[level]++;
    themes.set(theme, counts);
    assessments += assessed.length;
    const own = plan.commitments[index]?.reportedStatus;
    const reported: ReportedStatus | null =
      plan.kind !== 'action-plan' && index < plan.commitments.length && own
        ? { status: own, kind: plan.kind, source: plan.title, planId: plan.id }
        : (matched[index] ?? null);
    return {
      number: index + 1,
      label: slot.label,
      title: slot.title,
      theme: slot.theme,
      leadAgency: slot.leadAgency,
      start: slot.start,
      end: slot.end,
      levels: latest,
      level,
      assessments: assessed.length,
      evidence: assessed.reduce((n, e) => n + e.evidence.length, 0),
      unsupported: assessed.filter((e) => e.unsupported).length,
      disagreement: levels.disagreement().length > 0,
      reported,
      latestComments: entries
        .filter((e) => e.comment.trim() !== '')
        .slice(0, LATEST_COMMENTS)
        .map(({ id, reviewer, comment, modified }) => ({ id, reviewer, comment, modified })),
      entries,
    };
  });
  return {
    group,
    plan: {
      id: plan.id,
      title: plan.title,
      kind: plan.kind,
      language: plan.language,
      address: address ?? null,
      updated: plan.updated,
    },
    commitments,
    totals,
    themes: [...themes].map(([theme, counts]) => ({ theme, counts })),
    months: monthsOf(commitments),
    assessments,
  };
}
