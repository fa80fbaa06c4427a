/** The plan's commitments: jump to one, see what has been said about it, assess it, write a note on it. */
import { formatNumber, t, tn } from '../i18n/messages.ts';
import type { CommitmentOutline } from '../messaging/protocol.ts';
import { UnsupportedBadge } from '../ui/assessment-view.tsx';
import { commitmentName } from '../ui/commitment-outline.ts';
import { countsOf, type CommitmentCounts } from '../ui/commitment-review.ts';

export function describeCounts(c: CommitmentCounts): string {
  return [
    tn('sidebar_annotationCount', c.annotations),
    tn('sidebar_assessmentCount', c.assessments),
    tn('sidebar_sourceCount', c.evidence),
  ].join(' · ');
}

export interface CommitmentOutlineViewProps {
  outline: readonly CommitmentOutline[];
  counts: ReadonlyMap<number, CommitmentCounts>;
  onJump: (ordinal: number) => void;
  onAssess: (ordinal: number) => void;
  /** A page note on the commitment as a whole, with no passage. */
  onNote: (ordinal: number) => void;
  onShow: (ordinal: number) => void;
}

export function CommitmentOutlineView({
  outline,
  counts,
  onJump,
  onAssess,
  onNote,
  onShow,
}: CommitmentOutlineViewProps) {
  return (
    <details class="outline" data-testid="outline" open>
      <summary class="section-title">
        {t('sidebar_outlineHeading')} <span class="field-hint">({formatNumber(outline.length)})</span>
      </summary>
      <ol class="outline-list" aria-label={t('sidebar_outlineHeading')}>
        {outline.map((c) => {
          const n = countsOf(counts, c.ordinal);
          const name = commitmentName(c);
          return (
            <li
              key={c.ordinal}
              class="outline-item"
              data-testid="outline-item"
              data-ordinal={c.ordinal}
              data-annotations={n.annotations}
              data-assessments={n.assessments}
              data-evidence={n.evidence}
              data-unsupported={n.unsupported}
            >
              <button
                type="button"
                class="outline-jump"
                data-testid="outline-jump"
                title={
                  c.page === null
                    ? t('sidebar_outlineJump')
                    : t('sidebar_outlineJumpPage', formatNumber(c.page))
                }
                onClick={() => onJump(c.ordinal)}
              >
                {c.label && <span class="outline-label">{c.label}</span>} {c.title}
                {c.page !== null && (
                  <span class="field-hint"> · {t('sidebar_outlinePageShort', formatNumber(c.page))}</span>
                )}
              </button>
              <div class="outline-meta">
                <span class="outline-counts" data-testid="outline-counts">
                  {describeCounts(n)}
                </span>
                {n.unsupported > 0 && <UnsupportedBadge count={n.unsupported} />}
              </div>
              <div class="outline-actions">
                <button
                  type="button"
                  class="button"
                  data-testid="outline-assess"
                  aria-label={t('sidebar_assessCommitmentLabel', name)}
                  onClick={() => onAssess(c.ordinal)}
                >
                  {t('sidebar_assessButton')}
                </button>
                <button
                  type="button"
                  class="button"
                  data-testid="outline-note"
                  aria-label={t('sidebar_noteOnCommitmentLabel', name)}
                  onClick={() => onNote(c.ordinal)}
                >
                  {t('sidebar_noteOnCommitment')}
                </button>
                {n.annotations > 0 && (
                  <button
                    type="button"
                    class="button"
                    data-testid="outline-show"
                    aria-label={t('sidebar_outlineShowLabel', name)}
                    onClick={() => onShow(c.ordinal)}
                  >
                    {t('sidebar_outlineShow')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
