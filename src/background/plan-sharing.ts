/**
 * Sharing the plans a member reads with their group, and reading the group's plans for the sidebar.
 * Only the background talks to the server (with the token no page sees); when the server cannot be
 * reached, nothing fails: the next reading of the plan shares it, and the sidebar shows what is stored.
 */
import { samePlan, type Plan, type PlanRecord } from '../core/model/plan-record.ts';
import { planFrom, type FoundPlan } from '../core/model/plan-share.ts';
import { PlanRecordSchema } from '../core/model/plan-record.ts';
import type { PlanStore } from './plan-store.ts';
import { ServerError, SyncServer } from './sync/sync-server.ts';
import { loadSettings } from './sync/sync-settings.ts';

/** A group's plans are asked of the server at most this often; between, the stored ones answer. */
const REFRESH_MS = 5000;

export class PlanSharing {
  /** One share at a time, in order: the annotator may read a document again while one is on its way. */
  #queue: Promise<void> = Promise.resolve();
  readonly #refreshed = new Map<string, number>();

  constructor(private readonly store: PlanStore) {}

  /** Shares what the annotator found, when signed in with a group chosen; resolves when done or given up. */
  share(found: FoundPlan): Promise<void> {
    const plan = planFrom(found);
    if (!plan) return Promise.resolve();
    this.#queue = this.#queue
      .then(() => this.#share(plan))
      .catch((error: unknown) => {
        console.warn('Plan Annotator: the plan was not shared', error);
      });
    return this.#queue;
  }

  async #share(plan: Plan): Promise<void> {
    const settings = await loadSettings();
    const group = settings.group;
    if (!settings.token || !settings.user || !group) return;
    const stored = await this.store.get(group, plan.id);
    if (stored && samePlan(stored, plan)) return;
    const server = new SyncServer(settings.server, settings.token);
    let version = stored?.version ?? null;
    // Twice at most: a member shared it meanwhile (412), so share over their version.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.store.put(await server.putPlan(group, plan, version));
        return;
      } catch (error) {
        const current = error instanceof ServerError && error.status === 412 ? currentOf(error) : undefined;
        if (current === undefined) throw error;
        if (current && samePlan(current, plan)) {
          await this.store.put(current);
          return;
        }
        version = current?.version ?? null;
      }
    }
  }

  /** The chosen group's plans: fresh from the server when it answers, else as stored here. */
  async groupPlans(): Promise<PlanRecord[]> {
    const settings = await loadSettings();
    const group = settings.group;
    if (!settings.token || !settings.user || !group) return [];
    const last = this.#refreshed.get(group) ?? 0;
    if (Date.now() - last >= REFRESH_MS) {
      try {
        const plans = await new SyncServer(settings.server, settings.token).plans(group);
        await this.store.replaceGroup(group, plans);
        this.#refreshed.set(group, Date.now());
      } catch (error) {
        // Offline, or no longer a member: what is stored answers (the next sign-in tidies the rest).
        if (!(error instanceof ServerError)) throw error;
      }
    }
    return this.store.list(group);
  }
}

/** The record a 412 carries: a plan, null (none on the server), or undefined when it is unreadable. */
function currentOf(error: ServerError): PlanRecord | null | undefined {
  if (error.body.current === null) return null;
  const parsed = PlanRecordSchema.safeParse(error.body.current);
  return parsed.success ? parsed.data : undefined;
}
