// Runs `ansinh` subcommands in-process against a test database, capturing what they print.
import { Command } from 'commander';
import { vi } from 'vitest';
import { reportCliError } from '../../src/cli.js';
import type { Db } from '../../src/db-schema.js';

type WithDb = <T>(run: (db: Db) => Promise<T>) => Promise<T>;

export function cliRunner(register: (program: Command, withDb: WithDb) => void, db: () => Db) {
  return async (...args: string[]): Promise<string> => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a) => void lines.push(a.join(' ')));
    const program = new Command('ansinh').exitOverride();
    register(program, (fn) => fn(db()));
    await program.parseAsync(['node', 'ansinh', ...args]).catch(reportCliError);
    return lines.join('\n');
  };
}
