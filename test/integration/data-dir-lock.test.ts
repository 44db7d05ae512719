import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, processStartTime } from '../../src/server/db/lock.js';
import { databaseKinds } from './support/app.js';

const hasProc = fs.existsSync('/proc/self/stat');

/**
 * The PGlite data dir lock after a crash: the pid in a stale lock may have been reused by an
 * unrelated live process, which must not block start-up; a live owner still must.
 */
describe.skipIf(!databaseKinds.includes('pglite'))('the data directory lock', () => {
  let sleeper: ChildProcess;
  let dir: string;
  const lockPath = () => path.join(dir, 'sinergi.lock');
  const writeLock = (owner: Record<string, unknown>) => fs.writeFileSync(lockPath(), JSON.stringify(owner));

  beforeAll(async () => {
    // An unrelated live process whose pid a stale lock names.
    sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    await new Promise((resolve) => sleeper.once('spawn', resolve));
  });
  afterAll(() => {
    sleeper?.kill();
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const freshDir = () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-lock-'));
  };

  it.skipIf(!hasProc)('takes over a lock whose pid now belongs to a process that started later', () => {
    freshDir();
    writeLock({ pid: sleeper.pid, startTime: '1', token: 'old', purpose: 'server' });
    const release = lockDataDir(dir, 'server');
    const owner = JSON.parse(fs.readFileSync(lockPath(), 'utf8')) as { pid: number; startTime: string };
    expect(owner.pid).toBe(process.pid);
    expect(owner.startTime).toBe(processStartTime(process.pid));
    release();
    expect(fs.existsSync(lockPath())).toBe(false);
  });

  it.skipIf(!hasProc)('refuses a lock held by a live owner with its start time', () => {
    freshDir();
    writeLock({ pid: sleeper.pid, startTime: processStartTime(sleeper.pid!), token: 'x', purpose: 'server' });
    expect(() => lockDataDir(dir, 'server')).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir, 'server')).toThrow(`pid ${sleeper.pid}`);
  });

  it('refuses an older lock without a start time while its pid is alive, and takes it over once dead', async () => {
    freshDir();
    writeLock({ pid: sleeper.pid, purpose: 'server' });
    expect(() => lockDataDir(dir, 'server')).toThrow(DataDirLockedError);
    const dead = spawn('true', { stdio: 'ignore' });
    await new Promise((resolve) => dead.once('exit', resolve));
    writeLock({ pid: dead.pid, purpose: 'server' });
    lockDataDir(dir, 'server')();
  });

  it('releases only the lock it took', () => {
    freshDir();
    const release = lockDataDir(dir, 'server');
    // Another process took the lock over meanwhile (this one was presumed dead).
    writeLock({ pid: process.pid, token: 'someone-else', purpose: 'cli' });
    release();
    expect(fs.existsSync(lockPath())).toBe(true);
  });
});
