// PGlite does not lock its data directory, and two processes writing it corrupt it. We take
// our own lock file holding the owner's PID; a lock left by a dead process is taken over.
import fs from 'node:fs';
import { AppError } from '../errors.js';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks this process holds: a lock file with our PID that is not among them is stale
 *  (a restarted container often gets the PID its previous run had). */
const held = new Set<string>();

function heldByLiveProcess(lockPath: string, owner: number): boolean {
  if (!Number.isInteger(owner) || owner <= 0) return false;
  // our own PID counts only if this process took the lock: two handles corrupt it just the same
  return owner === process.pid ? held.has(lockPath) : processAlive(owner);
}

export function acquireLockFile(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      held.add(lockPath);
      return () => {
        held.delete(lockPath);
        fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (heldByLiveProcess(lockPath, owner)) {
        throw new AppError({
          code: 'DB_DATA_DIR_LOCKED',
          status: 503,
          message: `The embedded database is in use by process ${owner}; stop it or set DATABASE_URL`,
          messageVi: `Cơ sở dữ liệu nhúng đang được tiến trình ${owner} sử dụng; hãy dừng tiến trình đó hoặc đặt DATABASE_URL`,
          details: { lockPath },
        });
      }
      fs.rmSync(lockPath, { force: true }); // stale lock from a process that died
    }
  }
  throw new Error(`Could not acquire ${lockPath}`);
}
