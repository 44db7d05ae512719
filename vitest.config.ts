import { defineConfig } from 'vitest/config';

/**
 * Three test tiers (see ARCHITECTURE.md): unit tests beside the code, integration tests through
 * the HTTP API on PGlite (and PostgreSQL when TEST_DATABASE_URL is set), end-to-end tests in Chromium.
 *
 * Unit tests are pure (no I/O, no mocks of modules, no global state they leave changed), so their
 * files share one module graph per worker (`isolate: false`: each module is imported once, not once
 * per file) and run two at a time even on a two-core machine, where Vitest's default is one worker.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          maxWorkers: 2,
          // Projects with different worker counts run one after another (Vitest requires distinct
          // groups): unit first, then integration, then end-to-end.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/server-build.ts', 'test/support/pglite-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One module graph for all files (each file still opens its own database and app).
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: [
            'test/support/server-build.ts',
            'test/support/pglite-template.ts',
            'test/support/e2e-setup.ts',
          ],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Two files at a time: each has its own server and browser contexts on the one shared
          // Chromium, and the tier waits on pages more than it computes.
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
