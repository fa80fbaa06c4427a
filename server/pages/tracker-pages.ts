/**
 * The tracker's pages (`/tracker/groups/...`): a group's plans, a plan's commitments with its chart, and
 * one commitment's assessments. Like the annotation page, HTML written with `markup` (every user string
 * escaped by construction), no script, and one style block allowed by its hash. The plan page prints as a
 * report by commitment (the `@media print` rules). Links to a user's address only when it is http or
 * https (tracker-view.ts keeps any other as text).
 */
import { ANNOTATION_LINK_PATH } from '../../src/core/document/annotation-link.ts';
import { trackerGroupPath, trackerPlanPath } from '../../src/core/document/tracker-link.ts';
import { COMPLETION_LEVELS } from '../../src/core/model/assessment.ts';
import type { PlanRecord } from '../../src/core/model/plan-record.ts';
import { markup, styleOnlyPolicy, type Html } from '../http/html.ts';
import {
  chartTable,
  legend,
  LEVEL_NAMES,
  monthlyColumns,
  stackedBars,
  type ChartRow,
} from './tracker-chart.ts';
import type { PlanView, TrackerCommitment, TrackerEntry } from './tracker-view.ts';

const STYLE = [
  ':root { color-scheme: light dark; --ink: #1d2327; --muted: #5f6b73; --line: #d5dbe0; --accent: #0b5fab; --paper: #fff; --warn: #8a4b00; }',
  '@media (prefers-color-scheme: dark) { :root { --ink: #e8ecef; --muted: #a7b2ba; --line: #3a444c; --accent: #7fb8f0; --paper: #161b1f; --warn: #f0b46a; } }',
  'body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: var(--paper); }',
  'main { max-width: 60rem; margin: 2rem auto; padding: 0 1.25rem; }',
  'h1 { font-size: 1.5rem; margin: 0 0 0.25rem; } h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }',
  '.meta { color: var(--muted); margin: 0 0 1rem; font-size: 0.9rem; }',
  'a { color: var(--accent); } nav { font-size: 0.9rem; margin-bottom: 1rem; }',
  '.data { font-size: 0.9rem; } .data a { margin-right: 0.75rem; }',
  'table { border-collapse: collapse; margin: 0 0 1.5rem; font-size: 0.9rem; } caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }',
  'th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; } td { font-variant-numeric: tabular-nums; }',
  '.commitment { border-top: 1px solid var(--line); padding: 1rem 0; }',
  '.flag { display: inline-block; border: 1px solid var(--warn); color: var(--warn); border-radius: 4px; padding: 0 0.4rem; font-size: 0.8rem; margin-right: 0.4rem; }',
  'blockquote { margin: 0.5rem 0; padding: 0.25rem 0.75rem; border-left: 4px solid #f2c94c; }',
  '.comment { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.25rem 0; }',
  '.entry { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1rem; }',
  '.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.75rem; font-size: 0.85rem; }',
  '.chart { max-width: 40rem; display: block; margin: 0 0 0.5rem; } .chart .axis { font-size: 13px; fill: var(--ink); }',
  '.frame { fill: none; stroke: var(--line); }',
  '.l-unassessed { fill: #c9ced3; } .l-no-evidence { fill: #8c6d9e; } .l-not-started { fill: #c0392b; }',
  '.l-limited { fill: #e6a23c; } .l-substantial { fill: #5dade2; } .l-complete { fill: #1e8449; }',
  'dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0; font-size: 0.9rem; } dt { color: var(--muted); } dd { margin: 0; }',
  '@media print { :root { --ink: #000; --muted: #333; --line: #999; --accent: #000; --paper: #fff; }',
  '  nav, .data { display: none; } main { max-width: none; margin: 0; }',
  '  .commitment, .entry, table, .chart { break-inside: avoid; } h2 { break-after: avoid; }',
  '  .commitment h2 a { text-decoration: none; } }',
].join('\n');

/** Nothing loads or runs but the style block; SVG is inline, so no image source is needed either. */
export const TRACKER_CSP = styleOnlyPolicy(STYLE);

/** The sign-in page's policy: the same, and its form may post to this server. */
export const SIGN_IN_CSP = styleOnlyPolicy(STYLE, "'self'");

function page(title: string, main: Html, head: Html = markup``): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${head}<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${main}
</body>
</html>
`.text;
}

export const trackerPath = trackerGroupPath;
export const planPath = trackerPlanPath;
export const commitmentPath = (groupId: string, planId: string, n: number) =>
  `${planPath(groupId, planId)}/commitments/${n}`;

const KIND_NAMES: Record<PlanRecord['kind'], string> = {
  'action-plan': 'Action plan',
  'self-assessment': 'Self-assessment report',
  'irm-report': 'IRM report',
};

const day = (iso: string) => markup`<time datetime="${iso}">${iso.slice(0, 10)}</time>`;

const dataLinks = (path: string, atom = false) =>
  markup`<p class="data">Data: <a href="${path}.json" type="application/json">JSON</a><a href="${path}.csv" type="text/csv">CSV</a>${
    atom ? markup`<a href="${path}.atom" type="application/atom+xml">Atom feed of new assessments</a>` : ''
  }</p>`;

const commitmentName = (c: { label: string | null; title: string }) =>
  c.label ? `${c.label}: ${c.title}` : c.title;

/** A group's plans. */
export function groupPage(group: { id: string; name: string; plans: readonly PlanRecord[] }): string {
  const path = trackerPath(group.id);
  const main = markup`<main>
<h1>${group.name}</h1>
<nav><a href="/tracker/sign-in?next=${path}">Members: sign in</a></nav>
<p class="meta">Commitment tracker: the plans this group follows and its reviewers' assessments.</p>
${dataLinks(path)}
${
  group.plans.length === 0
    ? markup`<p>No plan has been shared with this group yet.</p>`
    : markup`<table data-testid="plans"><caption>Plans</caption>
<thead><tr><th scope="col">Plan</th><th scope="col">Kind</th><th scope="col">Commitments</th><th scope="col">Updated</th></tr></thead>
<tbody>${group.plans.map(
        (plan) =>
          markup`<tr><td><a href="${planPath(group.id, plan.id)}">${plan.title.trim() || 'Untitled plan'}</a></td><td>${KIND_NAMES[plan.kind]}</td><td>${plan.commitments.length}</td><td>${day(plan.updated)}</td></tr>\n`,
      )}</tbody></table>`
}
</main>`;
  return page(`${group.name} · Commitment tracker`, main);
}

function reportedLine(c: TrackerCommitment): Html {
  if (!c.reported) return markup``;
  return markup`<dt>Government reports</dt><dd data-testid="reported">${c.reported.status} <span class="meta">(${c.reported.source})</span></dd>`;
}

function commitmentSummary(view: PlanView, c: TrackerCommitment): Html {
  const link = commitmentPath(view.group.id, view.plan.id, c.number);
  return markup`<article class="commitment" data-testid="commitment" data-number="${c.number}">
<h2><a href="${link}">${commitmentName(c)}</a></h2>
${c.disagreement ? markup`<span class="flag" data-testid="disagreement">Reviewers disagree</span>` : ''}${
    c.unsupported > 0
      ? markup`<span class="flag" data-testid="unsupported">${c.unsupported} unsupported ${c.unsupported === 1 ? 'assessment' : 'assessments'}</span>`
      : ''
  }
<dl>
${c.theme ? markup`<dt>Theme</dt><dd>${c.theme}</dd>` : ''}${c.leadAgency ? markup`<dt>Lead agency</dt><dd>${c.leadAgency}</dd>` : ''}${
    c.start || c.end ? markup`<dt>Dates</dt><dd>${c.start ?? '?'} – ${c.end ?? '?'}</dd>` : ''
  }
<dt>Completion</dt><dd data-testid="level">${LEVEL_NAMES[c.level]}</dd>
<dt>Reviewers' latest</dt><dd data-testid="levels">${
    c.levels.length === 0
      ? 'none yet'
      : c.levels.map(
          (l, i) =>
            markup`${i > 0 ? ', ' : ''}${l.reviewer}: <a href="${ANNOTATION_LINK_PATH}${l.id}">${LEVEL_NAMES[l.completion]}</a>`,
        )
  }</dd>
<dt>Assessments</dt><dd><span data-testid="assessments">${c.assessments}</span>, with <span data-testid="evidence">${c.evidence}</span> pieces of evidence</dd>
${reportedLine(c)}
</dl>
${
  c.latestComments.length > 0
    ? markup`<h3 class="meta">Latest comments</h3>${c.latestComments.map(
        (comment) =>
          markup`<p class="comment" data-testid="latest-comment">${comment.comment} <span class="meta">— ${comment.reviewer}, <a href="${ANNOTATION_LINK_PATH}${comment.id}">${comment.modified.slice(0, 10)}</a></span></p>\n`,
      )}`
    : ''
}
</article>`;
}

/** A plan: the chart, its numbers, and every commitment. */
export function planPage(view: PlanView): string {
  const path = planPath(view.group.id, view.plan.id);
  const title = view.plan.title.trim() || 'Untitled plan';
  const rows: ChartRow[] = [{ name: 'All commitments', counts: view.totals }];
  const themeRows: ChartRow[] = view.themes.map((t) => ({ name: t.theme, counts: t.counts }));
  const monthRows: ChartRow[] = view.months.map((m) => ({ name: m.month, counts: m.counts }));
  const main = markup`<main>
<nav><a href="${trackerPath(view.group.id)}">${view.group.name}</a></nav>
<h1>${title}</h1>
<p class="meta">${KIND_NAMES[view.plan.kind]} · ${view.commitments.length} commitments · ${view.assessments} assessments · updated ${day(view.plan.updated)}${
    view.plan.address
      ? markup` · <a href="${view.plan.address}" rel="noopener noreferrer" data-testid="document-link">the document</a>`
      : ''
  }</p>
${dataLinks(path, true)}
<section aria-labelledby="chart-title">
<h2 id="chart-title">Completion across commitments</h2>
${stackedBars('Commitments by completion level', rows)}
${themeRows.length > 1 ? stackedBars('Commitments by completion level, per theme', themeRows) : ''}
${legend()}
${chartTable('Commitments by completion level', 'Commitments', rows)}
${themeRows.length > 1 ? chartTable('Commitments by completion level, per theme', 'Theme', themeRows) : ''}
</section>
${
  view.months.length > 0
    ? markup`<section aria-labelledby="time-title">
<h2 id="time-title">Assessments over time</h2>
${monthlyColumns('Assessments per month, by completion level', monthRows)}
${chartTable('Assessments per month, by completion level', 'Month', monthRows, COMPLETION_LEVELS)}
</section>`
    : ''
}
<section aria-label="Commitments">
${view.commitments.map((c) => commitmentSummary(view, c))}
</section>
</main>`;
  const feed = markup`<link rel="alternate" type="application/atom+xml" href="${path}.atom" title="New assessments">\n`;
  return page(`${title} · Commitment tracker`, main, feed);
}

function entryBlock(entry: TrackerEntry): Html {
  return markup`<article class="entry" data-testid="entry" data-id="${entry.id}">
<p class="meta">${entry.reviewer}, ${day(entry.modified)}${entry.page !== null ? `, page ${entry.page}` : ''} · <a href="${ANNOTATION_LINK_PATH}${entry.id}" data-testid="passage-link">the passage</a>${
    entry.latest ? ' · latest of this reviewer' : ''
  }</p>
${entry.completion ? markup`<p>Completion: <strong data-testid="completion">${LEVEL_NAMES[entry.completion]}</strong>${entry.unsupported ? markup` <span class="flag">Unsupported: no evidence</span>` : ''}</p>` : ''}
${entry.quote ? markup`<blockquote data-testid="quote">${entry.quote}</blockquote>` : ''}
${entry.comment ? markup`<p class="comment" data-testid="comment">${entry.comment}</p>` : ''}
${entry.tags.length > 0 ? markup`<p class="meta">Tags: <span data-testid="tags">${entry.tags.join(', ')}</span></p>` : ''}
${
  entry.evidence.length > 0
    ? markup`<ul class="evidence">${entry.evidence.map(
        (e) =>
          markup`<li data-testid="evidence">${e.url ? markup`<a href="${e.url}" rel="noopener noreferrer nofollow">${e.title}</a>` : e.title} <span class="meta">(${e.kind}${e.published ? `, ${e.published}` : ''})</span>${
            e.excerpt ? markup`<blockquote>${e.excerpt}</blockquote>` : ''
          }</li>`,
      )}</ul>`
    : ''
}
</article>`;
}

/** One commitment: its assessments and comments, newest first, each with its evidence and passage. */
export function commitmentPage(view: PlanView, c: TrackerCommitment): string {
  const path = commitmentPath(view.group.id, view.plan.id, c.number);
  const planTitle = view.plan.title.trim() || 'Untitled plan';
  const main = markup`<main>
<nav><a href="${trackerPath(view.group.id)}">${view.group.name}</a> › <a href="${planPath(view.group.id, view.plan.id)}">${planTitle}</a></nav>
${commitmentSummary(view, c)}
${dataLinks(path)}
<section aria-label="Assessments and comments">
${c.entries.length === 0 ? markup`<p>No assessment or comment yet.</p>` : c.entries.map(entryBlock)}
</section>
</main>`;
  return page(`${commitmentName(c)} · ${planTitle}`, main);
}

/** Every address the tracker does not know, or may not show, gets this one page. */
export function trackerNotFoundPage(): string {
  return page(
    'Not available · Commitment tracker',
    markup`<main>
<h1>This page is not available</h1>
<p>The group, plan or commitment does not exist, or nothing about it is public.</p>
<p><a href="/tracker/sign-in">Members: sign in</a> to see their group's own assessments.</p>
</main>`,
  );
}

export interface SignInForm {
  /** The CSRF value, also in the form's cookie. */
  csrf: string;
  /** The tracker page to go back to. */
  next: string;
  message: string | null;
  /** Who is signed in already, if anyone. */
  username: string | null;
}

/** Members sign in here to see their group's own assessments too (server/routes/tracker-session.ts). */
export function signInPage({ csrf, next, message, username }: SignInForm): string {
  const main = markup`<main>
<h1>Sign in to the commitment tracker</h1>
<p class="meta">Members of a group see its group assessments as well as the public ones. Use the account you use in the Plan Annotator extension.</p>
${message ? markup`<p class="flag" role="alert" data-testid="sign-in-message">${message}</p>` : ''}
${
  username
    ? markup`<p data-testid="signed-in">Signed in as ${username}.</p>
<form method="post" action="/tracker/sign-out"><input type="hidden" name="csrf" value="${csrf}"><button type="submit">Sign out</button></form>`
    : ''
}
<form method="post" action="/tracker/sign-in" data-testid="sign-in-form">
<input type="hidden" name="csrf" value="${csrf}">
<input type="hidden" name="next" value="${next}">
<p><label for="username">Username</label><br><input id="username" name="username" autocomplete="username" required></p>
<p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form>
</main>`;
  return page('Sign in · Commitment tracker', main);
}
