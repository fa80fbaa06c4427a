/**
 * The plans of the user's groups as last read from the server or shared from here, in an IndexedDB
 * database of their own (so the annotation database's versions are not touched), keyed by group and id.
 * The sidebar reads them from here, so they show offline too.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { PlanRecordSchema, type PlanRecord } from '../core/model/plan-record.ts';

const NAME = 'plan-annotator-plans';

interface PlansDb extends DBSchema {
  plans: { key: [string, string]; value: PlanRecord; indexes: { group: string } };
}

export class PlanStore {
  #opening: Promise<IDBPDatabase<PlansDb>> | null = null;

  #db(): Promise<IDBPDatabase<PlansDb>> {
    this.#opening ??= openDB<PlansDb>(NAME, 1, {
      upgrade(db) {
        const store = db.createObjectStore('plans', { keyPath: ['group', 'id'] });
        store.createIndex('group', 'group');
      },
    });
    return this.#opening;
  }

  async get(group: string, id: string): Promise<PlanRecord | undefined> {
    return (await this.#db()).get('plans', [group, id]);
  }

  /** A group's plans; a record that no longer passes the schema is left out. */
  async list(group: string): Promise<PlanRecord[]> {
    const all = await (await this.#db()).getAllFromIndex('plans', 'group', group);
    return all.filter((plan) => PlanRecordSchema.safeParse(plan).success);
  }

  async put(record: PlanRecord): Promise<void> {
    await (await this.#db()).put('plans', record);
  }

  /** The group's plans as the server listed them, in one transaction: none gone, none stale. */
  async replaceGroup(group: string, records: readonly PlanRecord[]): Promise<void> {
    const tx = (await this.#db()).transaction('plans', 'readwrite');
    const keys = await tx.store.index('group').getAllKeys(group);
    await Promise.all([
      ...keys.map((key) => tx.store.delete(key)),
      ...records.filter((r) => r.group === group).map((r) => tx.store.put(r)),
      tx.done,
    ]);
  }
}
