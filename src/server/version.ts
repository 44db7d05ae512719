import fs from 'node:fs';
import { sourcePath } from './paths.js';

/** The app version, from package.json. */
export const appVersion: string = (
  JSON.parse(fs.readFileSync(sourcePath('package.json'), 'utf8')) as { version: string }
).version;
