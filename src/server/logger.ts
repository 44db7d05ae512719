import pino from 'pino';
import pinoPretty from 'pino-pretty';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/** Where the log lines go: standard output, or a stream in tests. */
export type LogOutput = NodeJS.WritableStream & { isTTY?: boolean };

/**
 * Whether lines are formatted for a person: always with LOG_FORMAT=pretty, and with `auto` when
 * the output is a terminal. Files, pipes and log collectors get JSON lines.
 */
export function prettyLogs(format: Config['LOG_FORMAT'], output: LogOutput): boolean {
  return format === 'pretty' || (format === 'auto' && output.isTTY === true);
}

/** One logger per process; request loggers are children carrying the request id. */
export function createLogger(
  config: Pick<Config, 'LOG_LEVEL'> & Partial<Pick<Config, 'LOG_FORMAT'>>,
  output: LogOutput = process.stdout,
): Logger {
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    base: undefined,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password'], remove: true },
  };
  if (prettyLogs(config.LOG_FORMAT ?? 'auto', output)) {
    // Formatted in this thread and written synchronously, so the last lines before an exit are kept.
    const stream = pinoPretty({
      destination: output,
      sync: true,
      colorize: output.isTTY === true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname',
    });
    return pino(options, stream);
  }
  // pino's own fast writer on standard output, as before; any other stream as given.
  return output === process.stdout ? pino(options) : pino(options, output);
}
