/** Who may read each listed annotation, as the background tells the sidebar and the popup. */
import { beforeEach, describe, expect, it } from 'vitest';
import { authorship } from '../../../src/background/sync/authorship.ts';
import { saveSettings } from '../../../src/background/sync/sync-settings.ts';
import { engineFixture, type EngineFixture } from './support/engine-fixture.ts';
import { note } from './support/local-store.ts';

const CHOSEN = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OTHER = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const UNKNOWN = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

let f: EngineFixture;
beforeEach(async () => {
  f = await engineFixture();
  await saveSettings({
    user: { id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', username: 'alice' },
    groups: [
      { id: CHOSEN, name: 'Procurement', role: 'owner' },
      { id: OTHER, name: 'Budget <b>watch</b>', role: 'member' },
    ],
    group: CHOSEN,
    visibility: 'group',
  });
});

describe('authorship', () => {
  it('names the group of each group annotation, and no group for private or public ones', async () => {
    const inOther = note({ visibility: 'group' });
    const unsent = note({ visibility: 'group' });
    const inUnknown = note({ visibility: 'group' });
    const open = note({ visibility: 'public' });
    const mine = note({ visibility: 'private' });
    await f.store.put(inOther, { group: OTHER });
    // Made private first and then shared by an edit: no group recorded yet, so the settings' one.
    await f.store.put(unsent);
    await f.store.put(inUnknown, { group: UNKNOWN });
    await f.store.put(open, { group: CHOSEN });
    await f.store.put(mine);
    const listed = [inOther, unsent, inUnknown, open, mine];

    const found = await authorship(f.engine, listed);
    expect(found.groups).toEqual({ [inOther.id]: 'Budget <b>watch</b>', [unsent.id]: 'Procurement' });
    expect(found.defaults).toEqual({ visibility: 'group', groupName: 'Procurement' });
    expect(found.me).toBe('alice');
  });

  it('without a sync engine: nobody is named, and new annotations are private', async () => {
    expect(await authorship(undefined, [note()])).toEqual({
      authors: {},
      me: null,
      groups: {},
      defaults: { visibility: 'private', groupName: null },
    });
  });
});
