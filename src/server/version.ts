import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The app version, from package.json. */
export const appVersion: string = (require('../../package.json') as { version: string }).version;
