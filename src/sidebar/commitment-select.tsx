/**
 * The one list of the plan's commitments, drawn wherever one is chosen: a draft's link, a card's new
 * link and the commitment filter. Each caller names its own first choices ("none", "all") and reads the
 * chosen value back: an ordinal as a string, or one of its own first choices' values.
 */
import type { CommitmentRef } from '../core/model/assessment.ts';
import type { CommitmentOutline } from '../messaging/protocol.ts';
import { commitmentName } from '../ui/commitment-outline.ts';

export interface CommitmentChoice {
  value: string;
  label: string;
}

export interface CommitmentSelectProps {
  testId: string;
  outline: readonly CommitmentOutline[];
  /** The chosen value: `ordinalValue` of a commitment, or one of `first`. */
  value: string;
  /** Choices listed before the commitments. */
  first: readonly CommitmentChoice[];
  /** A linked commitment the outline no longer lists (the plan changed): still shown as chosen. */
  kept?: CommitmentRef | undefined;
  onChoose: (value: string) => void;
  /** Takes the focus when drawn (a picker opened by a button). */
  focusOnOpen?: boolean;
  onEscape?: () => void;
  onBlur?: () => void;
}

/** The value that stands for a commitment in the list. */
export const ordinalValue = (ordinal: number): string => String(ordinal);

/** The commitment of the outline a value stands for, if any. */
export const commitmentOfValue = (
  outline: readonly CommitmentOutline[],
  value: string,
): CommitmentOutline | undefined => outline.find((c) => ordinalValue(c.ordinal) === value);

/** Stable, so the element is focused once, when it is attached, not on every drawing. */
const focusElement = (element: HTMLSelectElement | null) => element?.focus();

export function CommitmentSelect({
  testId,
  outline,
  value,
  first,
  kept,
  onChoose,
  focusOnOpen = false,
  onEscape,
  onBlur,
}: CommitmentSelectProps) {
  const keptMissing = kept !== undefined && !outline.some((c) => c.ordinal === kept.ordinal);
  return (
    <select
      data-testid={testId}
      value={value}
      ref={focusOnOpen ? focusElement : undefined}
      onChange={(e) => onChoose(e.currentTarget.value)}
      onKeyDown={
        onEscape &&
        ((e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onEscape();
          }
        })
      }
      onBlur={onBlur}
    >
      {first.map((choice) => (
        <option key={`first-${choice.value}`} value={choice.value}>
          {choice.label}
        </option>
      ))}
      {keptMissing && <option value={ordinalValue(kept.ordinal)}>{commitmentName(kept)}</option>}
      {outline.map((c) => (
        <option key={c.ordinal} value={ordinalValue(c.ordinal)}>
          {commitmentName(c)}
        </option>
      ))}
    </select>
  );
}
