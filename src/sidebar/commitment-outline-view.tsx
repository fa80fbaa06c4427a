/** The plan's commitments: jump to one, see what has been said about it, assess it. */
import type { CommitmentOutline } from '../messaging/protocol.ts';
import { UnsupportedBadge } from '../ui/assessment-view.tsx';
import { commitmentName } from '../ui/commitment-outline.ts';
import { countsOf, type CommitmentCounts } from '../ui/commitment-review.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function describeCounts(c: CommitmentCounts): string {
  return [
    plural(c.annotations, 'annotation', 'annotations'),
    plural(c.assessments, 'assessment', 'assessments'),
    plural(c.evidence, 'source', 'sources'),
  ].join(' · ');
}

export interface CommitmentOutlineViewProps {
  outline: readonly CommitmentOutline[];
  counts: ReadonlyMap<number, CommitmentCounts>;
  onJump: (ordinal: number) => void;
  onAssess: (ordinal: number) => void;
  onShow: (ordinal: number) => void;
}

export function CommitmentOutlineView({
  outline,
  counts,
  onJump,
  onAssess,
  onShow,
}: CommitmentOutlineViewProps) {
  return (
    <details class="outline" data-testid="outline" open>
      <summary class="section-title">
        Commitments <span class="field-hint">({outline.length})</span>
      </summary>
      <ol class="outline-list" aria-label="Commitments">
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
                title={c.page === null ? 'Show in the page' : `Show on page ${c.page}`}
                onClick={() => onJump(c.ordinal)}
              >
                {c.label && <span class="outline-label">{c.label}</span>} {c.title}
                {c.page !== null && <span class="field-hint"> · p. {c.page}</span>}
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
                  aria-label={`Assess ${name}`}
                  onClick={() => onAssess(c.ordinal)}
                >
                  Assess
                </button>
                {n.annotations > 0 && (
                  <button
                    type="button"
                    class="button"
                    data-testid="outline-show"
                    aria-label={`Show the annotations on ${name}`}
                    onClick={() => onShow(c.ordinal)}
                  >
                    Show its annotations
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
