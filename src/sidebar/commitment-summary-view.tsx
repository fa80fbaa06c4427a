/** Per commitment: who assessed it and how, how much of it is evidence-backed, and where reviewers differ. */
import { COMPLETION_LABELS, UnsupportedBadge } from '../ui/assessment-view.tsx';
import { commitmentName } from '../ui/commitment-outline.ts';
import type { CommitmentSummary } from '../ui/commitment-review.ts';
import type { ReportedStatus } from '../core/model/reported-status-match.ts';
import { formatNumber, t, tn, uiLanguage } from '../i18n/messages.ts';

/** "Government reports: Substantial (self-assessment, <title>)". */
function ReportedLine({ reported }: { reported: ReportedStatus }) {
  const kind = t(reported.kind === 'irm-report' ? 'sidebar_reportIrm' : 'sidebar_reportSelfAssessment');
  return (
    <p class="summary-reported" data-testid="summary-reported" data-plan={reported.planId}>
      {t('sidebar_summaryReported', reported.status, kind, reported.source)}
    </p>
  );
}

/** "See this plan on the group's public tracker": a page of the sync server, opened in a new tab. */
function TrackerLink({ href }: { href: string }) {
  return (
    <p class="summary-tracker">
      <a href={href} target="_blank" rel="noopener noreferrer" data-testid="summary-tracker">
        {t('sidebar_summaryTracker')}
      </a>
    </p>
  );
}

export function CommitmentSummaryView({
  rows,
  reported,
  tracker,
  onOpen,
  onNote,
}: {
  rows: readonly CommitmentSummary[];
  /** This plan's page on the group's tracker (http or https, built from the settings), or null. */
  tracker: string | null;
  /** What a shared self-assessment or IRM report says of a row's commitment, by ordinal. */
  reported: ReadonlyMap<number, ReportedStatus>;
  /** Show one assessment's card. */
  onOpen: (id: string) => void;
  /** A page note on a commitment as a whole. */
  onNote: (commitment: CommitmentSummary['commitment']) => void;
}) {
  if (rows.length === 0) {
    return (
      <p class="sidebar-note" data-testid="summary-empty">
        {t('sidebar_summaryEmpty')}
      </p>
    );
  }
  return (
    <>
      {tracker && <TrackerLink href={tracker} />}
      <ol class="summary-list" data-testid="summary" aria-label={t('sidebar_viewSummary')}>
        {rows.map((row) => (
          <li
            key={row.commitment.ordinal}
            class="summary-item"
            data-testid="summary-item"
            data-ordinal={row.commitment.ordinal}
          >
            <h3 class="summary-title">{commitmentName(row.commitment)}</h3>
            <button
              type="button"
              class="link-button summary-note"
              data-testid="summary-note"
              aria-label={t('sidebar_noteOnCommitmentLabel', commitmentName(row.commitment))}
              onClick={() => onNote(row.commitment)}
            >
              {t('sidebar_noteOnCommitment')}
            </button>
            <p class="summary-counts" data-testid="summary-counts">
              {row.assessments.length === 0
                ? t('sidebar_summaryNotAssessed')
                : tn('sidebar_summaryCounts', row.assessments.length, formatNumber(row.evidenceBacked))}
            </p>
            {reported.has(row.commitment.ordinal) && (
              <ReportedLine reported={reported.get(row.commitment.ordinal) as ReportedStatus} />
            )}
            {row.disagreement && (
              <p class="summary-disagreement" data-testid="summary-disagreement" role="note">
                {t(
                  'sidebar_summaryDisagree',
                  row.positions
                    .map((p) =>
                      t(
                        'sidebar_summaryPosition',
                        p.author,
                        COMPLETION_LABELS[p.completion].toLocaleLowerCase(uiLanguage()),
                      ),
                    )
                    .join('; '),
                )}
              </p>
            )}
            {row.assessments.length > 0 && (
              <ul class="summary-assessments">
                {row.assessments.map((entry) => (
                  <li key={entry.id} data-testid="summary-assessment" data-completion={entry.completion}>
                    <button type="button" class="link-button" onClick={() => onOpen(entry.id)}>
                      {entry.author}
                    </button>
                    {': '}
                    <span class={`badge completion completion-${entry.completion}`}>
                      {COMPLETION_LABELS[entry.completion]}
                    </span>{' '}
                    {entry.supported ? (
                      <span class="field-hint">{tn('sidebar_sourceCount', entry.evidence)}</span>
                    ) : (
                      <UnsupportedBadge />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
