// The entry of a worker thread of the pool (pool.ts). It is plain JavaScript so that it starts the same
// under `tsx` (npm start, bin/sinergi.mjs) and under Vitest; it registers tsx itself, then runs the
// tasks the pool sends: an exported function of a TypeScript module, called with structured-cloned
// arguments. Only server code chooses the module and function, never a request.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// On Linux a nice value belongs to a thread: this lowers the priority of this worker only, so that
// parsing competes for the CPU after the event loop that answers requests, not beside it.
try {
  os.setPriority(10);
} catch {
  // Not permitted or not supported here: run at normal priority.
}
register();

parentPort.on('message', async (message) => {
  const { id, module, name, args } = message;
  try {
    const loaded = await import(module);
    const value = await loaded[name](...args);
    parentPort.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) },
    });
  }
});
