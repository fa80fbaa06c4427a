/**
 * What reviewers see per commitment: how many annotations, assessments and sources it has (the outline)
 * and who assessed it how, with disagreements (the summary). No DOM; only the name "you" comes from chrome.i18n.
 */
import { evidenceOf, isUnsupported, type Annotation } from '../core/model/annotation.ts';
import type { Completion } from '../core/model/assessment.ts';
import { disagreementOf } from '../core/model/reviewer-levels.ts';
import { t } from '../i18n/messages.ts';
import type { CommitmentOutline } from '../messaging/protocol.ts';

/** Who wrote an annotation: the sync engine's name for it, or else the signed-in user (this machine). */
export function authorOf(
  annotation: Annotation,
  authors: Readonly<Record<string, string>>,
  me: string | null,
): string {
  return authors[annotation.id] ?? me ?? ME;
}

/**
 * The name the sidebar gives the person at this machine when no server knows them ("you"), in the
 * browser's language, which is fixed for the life of the page.
 */
export const ME = t('ui_authorYou');

export interface CommitmentCounts {
  annotations: number;
  assessments: number;
  evidence: number;
  unsupported: number;
}

const ZERO: CommitmentCounts = { annotations: 0, assessments: 0, evidence: 0, unsupported: 0 };

/** Counts by commitment ordinal; replies count towards their thread's root, not as annotations. */
export function countsByCommitment(annotations: readonly Annotation[]): Map<number, CommitmentCounts> {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const counts = new Map<number, CommitmentCounts>();
  for (const annotation of annotations) {
    const root = annotation.replyTo ? byId.get(annotation.replyTo) : annotation;
    const ordinal = root?.body.commitment?.ordinal;
    if (ordinal === undefined) continue;
    const c = { ...(counts.get(ordinal) ?? ZERO) };
    if (!annotation.replyTo) c.annotations++;
    if (annotation.body.assessment) c.assessments++;
    if (isUnsupported(annotation)) c.unsupported++;
    c.evidence += evidenceOf(annotation).length;
    counts.set(ordinal, c);
  }
  return counts;
}

export function countsOf(counts: ReadonlyMap<number, CommitmentCounts>, ordinal: number): CommitmentCounts {
  return counts.get(ordinal) ?? ZERO;
}

export interface AssessmentEntry {
  id: string;
  author: string;
  completion: Completion;
  evidence: number;
  supported: boolean;
  modified: string;
}

export interface CommitmentSummary {
  commitment: Pick<CommitmentOutline, 'ordinal' | 'label' | 'title'>;
  assessments: AssessmentEntry[];
  /** Assessments citing at least one source. */
  evidenceBacked: number;
  /** Reviewers' latest completion levels differ: the reviewers disagree. */
  disagreement: boolean;
  /** Each reviewer's latest completion level, when they disagree (for saying who thinks what). */
  positions: Array<{ author: string; completion: Completion }>;
}

/**
 * One row per commitment of the outline (and per commitment linked by records but not found in this
 * reading of the document), in plan order, with its assessments, newest first.
 */
export function summarize(
  outline: readonly CommitmentOutline[],
  annotations: readonly Annotation[],
  authors: Readonly<Record<string, string>>,
  me: string | null,
): CommitmentSummary[] {
  const rows = new Map<number, CommitmentSummary>();
  const rowFor = (commitment: CommitmentSummary['commitment']): CommitmentSummary => {
    let row = rows.get(commitment.ordinal);
    if (!row) {
      row = { commitment, assessments: [], evidenceBacked: 0, disagreement: false, positions: [] };
      rows.set(commitment.ordinal, row);
    }
    return row;
  };
  for (const c of outline) rowFor({ ordinal: c.ordinal, label: c.label, title: c.title });
  for (const a of annotations) {
    const ref = a.body.commitment;
    const assessment = a.body.assessment;
    if (!ref || !assessment) continue;
    const row = rowFor({ ordinal: ref.ordinal, label: ref.label, title: ref.title });
    const evidence = evidenceOf(a).length;
    row.assessments.push({
      id: a.id,
      author: authorOf(a, authors, me),
      completion: assessment.completion,
      evidence,
      supported: evidence > 0,
      modified: a.modified,
    });
    if (evidence > 0) row.evidenceBacked++;
  }
  for (const row of rows.values()) {
    row.assessments.sort((x, y) => y.modified.localeCompare(x.modified) || x.id.localeCompare(y.id));
    // One definition of a disagreement for the sidebar and the report (reviewer-levels.ts).
    const positions = disagreementOf(row.assessments.map((entry) => ({ ...entry, reviewer: entry.author })));
    row.disagreement = positions.length > 0;
    row.positions = positions.map(({ author, completion }) => ({ author, completion }));
  }
  return [...rows.values()].sort((x, y) => x.commitment.ordinal - y.commitment.ordinal);
}
