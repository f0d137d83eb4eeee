import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLockFile } from './lock-file.js';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ansinh-lock-')), 'pgdata.lock');

describe('data directory lock', () => {
  it('refuses a second holder while the first is alive, and frees on release', () => {
    const file = tmp();
    const release = acquireLockFile(file);
    expect(() => acquireLockFile(file)).toThrow(
      expect.objectContaining({ code: 'DB_DATA_DIR_LOCKED' }),
    );
    release();
    acquireLockFile(file)();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('takes over a lock left by a process that has died', () => {
    const file = tmp();
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    fs.writeFileSync(file, dead);
    const release = acquireLockFile(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });
});

describe('stale lock with our own PID', () => {
  it('takes over a lock with this PID that this process did not take (a restarted container)', () => {
    const file = tmp();
    fs.writeFileSync(file, String(process.pid));
    const release = acquireLockFile(file);
    expect(() => acquireLockFile(file)).toThrow(
      expect.objectContaining({ code: 'DB_DATA_DIR_LOCKED' }),
    );
    release();
  });
});
