/**
 * A small, bounded pool of worker threads for work that a request must never run on the event loop:
 * reading the text of an uploaded PDF, parsing a pasted or fetched HTML page. Each worker has a V8
 * heap limit, each task a wall-clock limit, and the process's resident memory is watched while a
 * task runs (pdf.js keeps inflated streams in ArrayBuffers, outside the V8 heap limit). A task over
 * any limit has its worker terminated; the caller gets an outcome saying which limit, never a hang.
 * At most `size` workers exist; further tasks wait in a queue, so N parallel uploads cannot start N
 * workers.
 */
import { Worker } from 'node:worker_threads';
import { sourceUrl } from '../paths.js';

export type WorkerPoolOptions = {
  /** Most workers alive at once. */
  size: number;
  /** V8 old-generation heap limit of each worker, in MiB. */
  maxOldGenerationSizeMb: number;
  /** Growth of the process's resident memory during a task that ends the task, in bytes. */
  maxRssGrowthBytes: number;
  /** A worker idle this long is ended, giving its memory back. */
  idleMs: number;
};

/** A call of an exported function of a module, in a worker. */
export type WorkerTask = {
  /** The module's URL (a .ts module is fine: the worker registers tsx). */
  module: URL;
  /** The exported function; it receives `args` and may be async. */
  name: string;
  /** Structured-clonable arguments. */
  args: unknown[];
  /** Wall-clock limit from the moment a worker takes the task (time in the queue does not count). */
  timeoutMs: number;
};

export type WorkerOutcome<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** `timeout` and `out_of_memory`: a limit ended the task; `error`: the function threw. */
      reason: 'timeout' | 'out_of_memory' | 'error';
      message: string;
      /** The thrown error's name, for `error`. */
      errorName?: string;
    };

type Slot = { worker: Worker; busy: boolean; idleTimer?: NodeJS.Timeout | undefined };
type Queued = { task: WorkerTask; resolve: (outcome: WorkerOutcome<unknown>) => void };

const entry = sourceUrl('src/server/workers/worker-entry.mjs');
const rssCheckMs = 50;

export type WorkerPool = {
  run<T>(task: WorkerTask): Promise<WorkerOutcome<T>>;
  /** Ends every worker; queued tasks are answered with an error. */
  close(): Promise<void>;
};

export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const slots = new Set<Slot>();
  const queue: Queued[] = [];
  let nextId = 1;

  function spawn(): Slot {
    const worker = new Worker(entry, {
      // A clean start: the entry registers tsx; the parent's flags (inspector, loaders) stay out.
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: 32,
      },
    });
    // An idle worker must not keep the process alive at shutdown.
    worker.unref();
    const slot: Slot = { worker, busy: false };
    slots.add(slot);
    worker.on('exit', () => {
      clearTimeout(slot.idleTimer);
      slots.delete(slot);
    });
    // Errors are handled per task; this keeps an error between tasks from being unhandled.
    worker.on('error', () => undefined);
    return slot;
  }

  function retire(slot: Slot) {
    slots.delete(slot);
    clearTimeout(slot.idleTimer);
    void slot.worker.terminate();
  }

  function dispatch() {
    while (queue.length > 0) {
      let slot = [...slots].find((candidate) => !candidate.busy);
      if (!slot && slots.size < options.size) slot = spawn();
      if (!slot) return;
      const next = queue.shift()!;
      execute(slot, next);
    }
  }

  function execute(slot: Slot, { task, resolve }: Queued) {
    slot.busy = true;
    clearTimeout(slot.idleTimer);
    const id = nextId++;
    const { worker } = slot;
    const rssAtStart = process.memoryUsage.rss();
    let settled = false;

    const finish = (outcome: WorkerOutcome<unknown>, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keepWorker) {
        slot.busy = false;
        slot.idleTimer = setTimeout(() => retire(slot), options.idleMs);
        slot.idleTimer.unref();
      } else {
        retire(slot);
      }
      resolve(outcome);
      dispatch();
    };
    const onMessage = (message: {
      id: number;
      ok: boolean;
      value?: unknown;
      error?: { name: string; message: string };
    }) => {
      if (message.id !== id) return;
      if (message.ok) finish({ ok: true, value: message.value }, true);
      else
        finish(
          {
            ok: false,
            reason: 'error',
            message: message.error?.message ?? 'failed',
            errorName: message.error?.name ?? 'Error',
          },
          // A stack overflow or a near-full heap may leave the worker in a poor state: start afresh.
          message.error?.name !== 'RangeError',
        );
    };
    const onError = (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish({ ok: false, reason: outOfMemory ? 'out_of_memory' : 'error', message: error.message }, false);
    };
    const onExit = (code: number) =>
      finish({ ok: false, reason: 'error', message: `The worker stopped (exit code ${code})` }, false);

    const timer = setTimeout(
      () => finish({ ok: false, reason: 'timeout', message: `Stopped after ${task.timeoutMs} ms` }, false),
      task.timeoutMs,
    );
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - rssAtStart > options.maxRssGrowthBytes) {
        finish({ ok: false, reason: 'out_of_memory', message: 'The task used too much memory' }, false);
      }
    }, rssCheckMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, module: task.module.href, name: task.name, args: task.args });
  }

  return {
    run<T>(task: WorkerTask) {
      return new Promise<WorkerOutcome<T>>((resolve) => {
        queue.push({ task, resolve: resolve as (outcome: WorkerOutcome<unknown>) => void });
        dispatch();
      });
    },
    async close() {
      for (const queued of queue.splice(0)) {
        queued.resolve({ ok: false, reason: 'error', message: 'The worker pool was closed' });
      }
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
      slots.clear();
    },
  };
}

let shared: WorkerPool | undefined;

/**
 * The process's pool for parsing untrusted documents. Two workers: the machine's cores are shared
 * with the event loop and the database, and a queue is better than memory pressure.
 */
export function parsingWorkers(): WorkerPool {
  shared ??= createWorkerPool({
    size: 2,
    maxOldGenerationSizeMb: 256,
    maxRssGrowthBytes: 768 * 1024 * 1024,
    idleMs: 5 * 60_000,
  });
  return shared;
}
