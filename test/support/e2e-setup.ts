import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './browser.js';
import { ensureUiBuilt } from './ensure-ui-built.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared Chromium (`launchBrowser()` connects to it); absent without Chromium. */
    browserWsEndpoint: string | undefined;
  }
}

/**
 * Global setup of the e2e project, once per run instead of once per file: builds the UI when it is
 * stale (each file's `ensureUiBuilt()` then finds it current) and starts one headless Chromium that
 * every file connects to through `launchBrowser()`. Each file still opens its own browser contexts
 * (cookies, storage and pages are per context), and closing its connection closes them.
 */
export default async function setup(project: TestProject) {
  ensureUiBuilt();
  // Without Chromium the files skip themselves (or fail in CI): nothing to share.
  if (!existsSync(chromiumPath)) {
    project.provide('browserWsEndpoint', undefined);
    return;
  }
  const server = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  project.provide('browserWsEndpoint', server.wsEndpoint());
  return () => server.close();
}
