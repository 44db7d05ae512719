import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Raised when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

/** What the lock file records about its owner. */
export type LockOwner = {
  pid?: number;
  /**
   * When the owner process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), so a
   * pid reused by an unrelated process after a crash is not mistaken for the owner. Absent where
   * /proc is not available.
   */
  startTime?: string;
  /** A random token of this lock: the release removes only the lock it took. */
  token?: string;
  purpose?: string;
  since?: string;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The start time of a process (field 22 of /proc/<pid>/stat, clock ticks since boot), or undefined
 * when it cannot be read (no such process, not Linux). The command name in field 2 may hold spaces
 * and parentheses, so the fields are counted from its last ')'.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    const startTime = fields[19];
    return startTime && /^\d+$/.test(startTime) ? startTime : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the process named by a lock still holds it: its pid is alive and, when the lock recorded
 * a start time and this system can read one, the process with that pid started at that time.
 */
function ownerIsRunning(owner: LockOwner): boolean {
  if (!owner.pid || owner.pid === process.pid || !isAlive(owner.pid)) return false;
  if (owner.startTime === undefined) return true;
  const startTime = processStartTime(owner.pid);
  return startTime === undefined || startTime === owner.startTime;
}

function readOwner(lockPath: string): LockOwner {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockOwner;
  } catch {
    // Unreadable lock (half-written by a crashed process): treat as stale.
    return {};
  }
}

/**
 * Takes an exclusive lock on a PGlite data directory. Two processes must never open the same
 * PGlite data dir (a second writer's changes get lost and the dir can be corrupted), so the lock
 * file is created with O_EXCL and holds the owner's pid, its start time and a random token. A lock
 * whose process has died, or whose pid now belongs to a process that started at another time (a
 * pid reused after a crash), is stale and taken over. Returns the release function.
 */
export function lockDataDir(dir: string, purpose: string): () => void {
  const lockPath = path.join(dir, 'sinergi.lock');
  const token = randomBytes(16).toString('hex');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      const owner: LockOwner = {
        pid: process.pid,
        startTime: processStartTime(process.pid),
        token,
        purpose,
        since: new Date().toISOString(),
      };
      fs.writeSync(fd, JSON.stringify(owner));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readOwner(lockPath).token === token) fs.rmSync(lockPath, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      if (ownerIsRunning(owner)) {
        throw new DataDirLockedError(
          `The data directory ${dir} is in use by another Sinergi process (pid ${owner.pid}, ${owner.purpose ?? 'unknown'}). ` +
            'Stop it first, or run this command through the running server.',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dir}.`);
}
