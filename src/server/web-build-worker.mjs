/**
 * One Vite build of the UI, run in its own process by web-build.ts so that the build's memory
 * (hundreds of MB) is returned to the system when it ends instead of staying in the server's heap.
 * Plain JavaScript so that it runs on Node without a TypeScript loader. Vite's messages and the
 * failure are sent to the parent over IPC; the parent logs them and words the error.
 * Usage: fork(this file, [configFile]).
 */
import { build, createLogger } from 'vite';

const [configFile] = process.argv.slice(2);
const send = (message) => process.send?.(message);

/** The fields of an error that the parent's describeError reads: message, code, place, parts. */
function serializable(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, id, loc, errors } = /** @type {any} */ (error);
  return {
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof id === 'string' ? { id } : {}),
    ...(loc && typeof loc === 'object'
      ? { loc: { file: loc.file, line: loc.line, column: loc.column } }
      : {}),
    ...(Array.isArray(errors) ? { errors: errors.map(serializable) } : {}),
  };
}

const logger = createLogger('warn');
logger.warn = (message) => send({ kind: 'log', level: 'warn', message });
logger.warnOnce = logger.warn;
logger.error = (message) => send({ kind: 'log', level: 'error', message });

try {
  await build({ configFile, logLevel: 'warn', customLogger: logger, mode: 'production' });
  send({ kind: 'done' });
} catch (error) {
  send({ kind: 'failed', error: serializable(error) });
  process.exitCode = 1;
}
