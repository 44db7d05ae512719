import pino from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/** One JSON logger per process; request loggers are children carrying the request id. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: undefined,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password'], remove: true },
  });
}
