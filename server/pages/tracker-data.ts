/**
 * The tracker's pages as data for data journalists: JSON (the page's own view), CSV (one line per plan,
 * commitment or annotation, every cell through the export's `csvLine`, which neutralises formulas) and
 * an Atom feed of a plan's newest assessments. Atom is XML written with `markup`: its escaping of
 * `& < > " '` is XML's too, so a user's text stays text there as well.
 */
import { csvLine } from '../../src/core/export/csv.ts';
import { ANNOTATION_LINK_PATH } from '../../src/core/document/annotation-link.ts';
import type { PlanRecord } from '../../src/core/model/plan-record.ts';
import { markup } from '../http/html.ts';
import { LEVEL_NAMES } from './tracker-chart.ts';
import { planPath } from './tracker-pages.ts';
import type { PlanView, TrackerCommitment } from './tracker-view.ts';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function groupJson(group: { id: string; name: string; plans: readonly PlanRecord[] }) {
  return {
    group: { id: group.id, name: group.name },
    plans: group.plans.map((p) => ({
      id: p.id,
      title: p.title,
      kind: p.kind,
      language: p.language,
      commitments: p.commitments.length,
      updated: p.updated,
    })),
  };
}

export function groupCsv(group: { id: string; name: string; plans: readonly PlanRecord[] }): string {
  return [
    csvLine(['plan id', 'title', 'kind', 'language', 'commitments', 'updated']),
    ...group.plans.map((p) =>
      csvLine([p.id, p.title, p.kind, p.language, String(p.commitments.length), p.updated]),
    ),
  ].join('');
}

/** The plan's view without each commitment's full list of entries (the commitment's own data has it). */
export function planJson(view: PlanView) {
  return { ...view, commitments: view.commitments.map(({ entries: _entries, ...rest }) => rest) };
}

export function commitmentJson(view: PlanView, commitment: TrackerCommitment) {
  return { group: view.group, plan: view.plan, commitment };
}

export function planCsv(view: PlanView): string {
  const head = csvLine([
    'number',
    'label',
    'title',
    'theme',
    'lead agency',
    'start',
    'end',
    'completion',
    'reviewers latest',
    'assessments',
    'evidence',
    'unsupported',
    'disagreement',
    'reported status',
    'reported in',
    'latest comments',
  ]);
  return (
    head +
    view.commitments
      .map((c) =>
        csvLine([
          String(c.number),
          c.label ?? '',
          c.title,
          c.theme ?? '',
          c.leadAgency ?? '',
          c.start ?? '',
          c.end ?? '',
          c.level,
          c.levels.map((l) => `${l.reviewer}: ${l.completion}`).join('; '),
          String(c.assessments),
          String(c.evidence),
          String(c.unsupported),
          yesNo(c.disagreement),
          c.reported?.status ?? '',
          c.reported?.source ?? '',
          c.latestComments.map((m) => `${m.reviewer}: ${m.comment.replace(/[\r\n]+/g, ' ')}`).join('\n'),
        ]),
      )
      .join('')
  );
}

export function commitmentCsv(commitment: TrackerCommitment): string {
  const head = csvLine([
    'id',
    'reviewer',
    'completion',
    'latest',
    'unsupported',
    'modified',
    'page',
    'quote',
    'comment',
    'tags',
    'evidence URLs',
    'evidence titles',
  ]);
  return (
    head +
    commitment.entries
      .map((e) =>
        csvLine([
          e.id,
          e.reviewer,
          e.completion ?? '',
          yesNo(e.latest),
          yesNo(e.unsupported),
          e.modified,
          e.page === null ? '' : String(e.page),
          e.quote ?? '',
          e.comment,
          e.tags.join('; '),
          e.evidence.map((x) => x.url ?? '').join('\n'),
          e.evidence.map((x) => x.title.replace(/[\r\n]+/g, ' ')).join('\n'),
        ]),
      )
      .join('')
  );
}

/** XML 1.0 has no place for most control characters, which a comment may hold: they are left out. */
function xmlText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const allowed = code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    if (allowed && code !== 0xfffe && code !== 0xffff) out += char;
  }
  return out;
}

/** At most this many entries: a feed reader wants what is new, not the plan's history. */
export const FEED_ENTRIES = 50;

/** An Atom feed of the plan's assessments, newest first; `origin` makes the links absolute. */
export function planAtom(view: PlanView, origin: string): string {
  const entries = view.commitments
    .flatMap((c) => c.entries.filter((e) => e.completion !== null).map((e) => ({ c, e })))
    .sort((a, b) => b.e.modified.localeCompare(a.e.modified) || a.e.id.localeCompare(b.e.id))
    .slice(0, FEED_ENTRIES);
  const updated = entries[0]?.e.modified ?? view.plan.updated;
  const self = `${origin}${planPath(view.group.id, view.plan.id)}`;
  return markup`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>urn:uuid:${view.plan.id}</id>
<title>${xmlText(view.plan.title.trim() || 'Untitled plan')}: new assessments</title>
<updated>${updated}</updated>
<link rel="self" type="application/atom+xml" href="${self}.atom"/>
<link rel="alternate" type="text/html" href="${self}"/>
${entries.map(
  ({ c, e }) => markup`<entry>
<id>urn:uuid:${e.id}</id>
<title>${xmlText(`${c.label ? `${c.label}: ` : ''}${c.title}`)}: ${e.completion ? LEVEL_NAMES[e.completion] : ''}</title>
<updated>${e.modified}</updated>
<published>${e.created}</published>
<author><name>${xmlText(e.reviewer)}</name></author>
<link rel="alternate" type="text/html" href="${origin}${ANNOTATION_LINK_PATH}${e.id}"/>
<summary type="text">${xmlText(e.comment)}</summary>
</entry>
`,
)}</feed>
`.text;
}
