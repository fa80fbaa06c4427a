import type { SqlDatabase } from '../db/sql-database.ts';

export const CHANGES_CHANNEL = 'annotation_changes';

/** Who may care about a change: its creator, anyone if it is or was public, members of these groups. */
export interface ChangeNotice {
  cursor: string;
  creator: string;
  public: boolean;
  groups: string[];
}

export type ChangeListener = (notice: ChangeNotice) => void;

/**
 * One LISTEN per server instance, fanned out to its open event streams. Every write sends its NOTIFY
 * inside its transaction, so the notice leaves on commit and reaches every instance on the database.
 */
export class ChangeHub {
  readonly #listeners = new Set<ChangeListener>();
  #unlisten: (() => Promise<void>) | null = null;

  async start(db: SqlDatabase): Promise<void> {
    this.#unlisten = await db.listen(CHANGES_CHANNEL, (payload) => {
      let notice: ChangeNotice;
      try {
        notice = JSON.parse(payload) as ChangeNotice;
      } catch {
        return;
      }
      for (const listener of this.#listeners) listener(notice);
    });
  }

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Open event streams, ended on shutdown: an open response would keep the server from closing. */
  readonly #streams = new Set<{ end(): unknown }>();

  track(stream: { end(): unknown }): void {
    this.#streams.add(stream);
  }

  untrack(stream: { end(): unknown }): void {
    this.#streams.delete(stream);
  }

  async stop(): Promise<void> {
    for (const stream of this.#streams) stream.end();
    this.#streams.clear();
    await this.#unlisten?.();
    this.#listeners.clear();
  }
}
