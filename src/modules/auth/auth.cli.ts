// `ansinh users …`: for operators with access to the database, e.g. when every administrator
// is locked out. Acts as the system actor `cli:<OS user>`; every change is audited.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Command } from 'commander';
import type { Db } from '../../db-schema.js';
import { systemActor } from '../../platform/auth-context.js';
import { authErrors } from './auth.errors.js';
import { userByUsername } from './users.repo.js';
import { listUsers, resetPassword } from './users.service.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;

const operator = () => systemActor(`cli:${os.userInfo().username}`);

export function registerUserCommands(program: Command, withDb: WithDb): void {
  const users = program.command('users').description('user accounts');

  users
    .command('list')
    .description('users with their roles and scopes')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) =>
      withDb(async (db) => {
        const { items } = await listUsers(db, operator(), { limit: 500 });
        if (opts.json) return console.log(JSON.stringify(items, null, 2));
        for (const u of items) {
          const roles = u.assignments
            .map(
              (a) =>
                `${a.roleCode}@${a.scope.unitCode ?? a.scope.facilityCode ?? a.scope.employerTaxCode ?? a.scope.kind}`,
            )
            .join(', ');
          console.log(
            `${u.username.padEnd(20)} ${u.status.padEnd(9)} ${u.locked ? 'locked ' : ''}${roles}`,
          );
        }
      }),
    );

  users
    .command('reset-password <username>')
    .description('unlock a user and set a one-time password, printed once')
    .action((username: string) =>
      withDb(async (db) => {
        const user = await userByUsername(db, username.trim().toLowerCase());
        if (!user) throw authErrors.userNotFound();
        const password = randomBytes(12).toString('base64url');
        await resetPassword(db, operator(), user.id, password);
        console.log(`${user.username}: one-time password ${password} (must be changed at sign-in)`);
      }),
    );
}
