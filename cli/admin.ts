/**
 * `plan-annotator admin <action> ...`: accounts and groups, for the server's operator. It opens the same
 * database `serve` does (--data / DATA_DIR, --database-url / DATABASE_URL). On PGlite the server must
 * be stopped first (one process per folder); on PostgreSQL it runs beside the servers, which see each
 * change at once.
 */
import { parseArgs } from 'node:util';
import {
  AdminError,
  createUser,
  eraseUser,
  generatedPassword,
  listGroups,
  listUsers,
  resetPassword,
  setDisabled,
  setRole,
} from '../server/admin/accounts.ts';
import type { SqlDatabase } from '../server/db/sql-database.ts';
import { DATABASE_OPTIONS, openStoreFor } from './settings.ts';

const USAGE = `Usage: plan-annotator admin <action> [arguments] [--json] [--data DIR | --database-url URL]

  create-user USERNAME [--password-stdin]   a new account (without --password-stdin, a password is
                                            made and printed once)
  reset-password USERNAME [--password-stdin]
                                            a new password; the account's sign-ins end
  disable USERNAME                          no sign-in, its tokens stop working
  enable USERNAME                           undo disable
  users                                     every account: id, name, created, disabled, groups
  groups                                    every group with its members and roles
  set-role GROUP USERNAME ROLE              GROUP: id or unique name; ROLE: member|moderator|owner
  erase USERNAME --yes                      private annotations removed, shared ones deleted (clients
                                            drop them through the change feed), groups left, account
                                            anonymised and disabled

--json prints one JSON value for scripts. The database: as for serve (DATA_DIR or --data for PGlite,
default .data/server, which must not be in use by a running server; DATABASE_URL for PostgreSQL).`;

async function readPassword(fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: generatedPassword(), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  return { password, generated: false };
}

type Values = Record<string, string | boolean | undefined>;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...DATABASE_OPTIONS,
        json: { type: 'boolean' },
        'password-stdin': { type: 'boolean' },
        yes: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  if (values.help || !action) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const arity: Record<string, number> = {
    'create-user': 1,
    'reset-password': 1,
    disable: 1,
    enable: 1,
    users: 0,
    groups: 0,
    'set-role': 3,
    erase: 1,
  };
  const wanted = arity[action];
  if (wanted === undefined) {
    console.error(`Unknown action "${action}".\n\n${USAGE}`);
    return 2;
  }
  if (rest.length !== wanted) {
    console.error(`admin ${action} takes ${wanted} argument${wanted === 1 ? '' : 's'}.\n\n${USAGE}`);
    return 2;
  }
  if (action === 'erase' && !values.yes) {
    console.error(`admin erase cannot be undone; add --yes to erase "${rest[0]}".`);
    return 2;
  }
  const opened = await openStoreFor('admin', values as Values);
  if (typeof opened === 'number') return opened;
  const { db } = opened;
  try {
    const result = await perform(db, action, rest as string[], values as Values);
    if (values.json) console.log(JSON.stringify(result.json, null, 2));
    else console.log(result.text);
    return 0;
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    if (values.json) console.log(JSON.stringify({ error: error.message }));
    console.error(`plan-annotator admin ${action}: ${error.message}`);
    return 1;
  } finally {
    await db.close();
  }
}

async function perform(
  db: SqlDatabase,
  action: string,
  args: string[],
  values: Values,
): Promise<{ json: unknown; text: string }> {
  const [first = '', second = '', third = ''] = args;
  switch (action) {
    case 'create-user':
    case 'reset-password': {
      const { password, generated } = await readPassword(values['password-stdin'] === true);
      const user =
        action === 'create-user'
          ? await createUser(db, first, password)
          : await resetPassword(db, first, password);
      const said = generated ? `; password (shown once): ${password}` : '';
      return {
        json: { ...user, ...(generated ? { password } : {}) },
        text: `${action === 'create-user' ? 'Created' : 'New password for'} ${user.username} (${user.id})${said}`,
      };
    }
    case 'disable':
    case 'enable': {
      const user = await setDisabled(db, first, action === 'disable');
      return { json: user, text: `${user.username} is ${user.disabled ? 'disabled' : 'enabled'}` };
    }
    case 'users': {
      const users = await listUsers(db);
      const text = users
        .map(
          (u) =>
            `${u.username.padEnd(32)} ${u.id}  ${u.created}  groups ${u.groups}${u.disabled ? '  disabled' : ''}`,
        )
        .join('\n');
      return { json: users, text: text || '(no users)' };
    }
    case 'groups': {
      const groups = await listGroups(db);
      const text = groups
        .map((g) =>
          [
            `${g.name} (${g.id}), created ${g.created}`,
            ...g.members.map((m) => `  ${m.role.padEnd(9)} ${m.username}`),
          ].join('\n'),
        )
        .join('\n');
      return { json: groups, text: text || '(no groups)' };
    }
    case 'set-role': {
      const changed = await setRole(db, first, second, third);
      return { json: changed, text: `${changed.username} is now ${changed.role} of ${changed.groupId}` };
    }
    case 'erase': {
      const erased = await eraseUser(db, first);
      return {
        json: erased,
        text:
          `Erased ${erased.username} (${erased.id}): ${erased.privateRemoved} private annotations removed, ` +
          `${erased.sharedDeleted} shared ones deleted, ${erased.groupsLeft} groups left`,
      };
    }
    default:
      throw new AdminError(`unknown action ${action}`);
  }
}
