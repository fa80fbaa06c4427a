import { t, type MessageKey } from '../i18n/messages.ts';

/**
 * A table of labels read in the reader's language when looked up (`LABELS[value]`), from a table of
 * message keys: modules load before anyone asks, and the table stays a plain lookup for its users.
 */
export function labelsOf<V extends string>(keys: Record<V, MessageKey>): Readonly<Record<V, string>> {
  const labels = {} as Record<V, string>;
  for (const value of Object.keys(keys) as V[]) {
    Object.defineProperty(labels, value, { enumerable: true, get: () => t(keys[value]) });
  }
  return Object.freeze(labels);
}
