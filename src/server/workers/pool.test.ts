import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from './pool.js';

const tasks = new URL('../../../test/fixtures/worker-tasks.ts', import.meta.url);
const pools: WorkerPool[] = [];
function pool(size: number) {
  const created = createWorkerPool({
    size,
    maxOldGenerationSizeMb: 64,
    maxRssGrowthBytes: 1024 * 1024 * 1024,
    idleMs: 60_000,
  });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe('worker pool', () => {
  it('runs a TypeScript module function in a worker and returns its value', async () => {
    const outcome = await pool(1).run<number>({
      module: tasks,
      name: 'whichThread',
      args: [0],
      timeoutMs: 30_000,
    });
    expect(outcome.ok && outcome.value).toBeGreaterThan(0);
  }, 60_000);

  it('never has more workers than its size: further tasks wait in the queue', async () => {
    const workers = pool(2);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () =>
        workers.run<number>({ module: tasks, name: 'whichThread', args: [50], timeoutMs: 30_000 }),
      ),
    );
    const threads = new Set(outcomes.map((outcome) => (outcome.ok ? outcome.value : -1)));
    expect(threads.has(-1)).toBe(false);
    expect(threads.size).toBeLessThanOrEqual(2);
  }, 60_000);

  it('stops a task at its time limit, and the next task gets a fresh worker', async () => {
    const workers = pool(1);
    const first = await workers.run<number>({
      module: tasks,
      name: 'whichThread',
      args: [0],
      timeoutMs: 30_000,
    });
    const stopped = await workers.run({ module: tasks, name: 'spin', args: [60_000], timeoutMs: 500 });
    expect(stopped).toMatchObject({ ok: false, reason: 'timeout' });
    const after = await workers.run<number>({
      module: tasks,
      name: 'whichThread',
      args: [0],
      timeoutMs: 30_000,
    });
    expect(after.ok).toBe(true);
    expect(after.ok && first.ok && after.value !== first.value).toBe(true);
  }, 90_000);

  it('ends a task that fills its heap, without harming the process', async () => {
    const outcome = await pool(1).run({ module: tasks, name: 'hog', args: [], timeoutMs: 60_000 });
    expect(outcome).toMatchObject({ ok: false, reason: 'out_of_memory' });
  }, 90_000);

  it('reports an error thrown by the function with its name', async () => {
    const outcome = await pool(1).run({ module: tasks, name: 'fail', args: ['kaput'], timeoutMs: 30_000 });
    expect(outcome).toMatchObject({ ok: false, reason: 'error', errorName: 'TypeError', message: 'kaput' });
  }, 60_000);
});
