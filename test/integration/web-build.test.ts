import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import { buildWeb, builtForProduction } from '../../src/server/web-build.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-web-build-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

it('builds the UI in a child process, whose memory is not the server’s', async () => {
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="./main.ts"></script></body></html>',
  );
  fs.writeFileSync(path.join(root, 'main.ts'), 'document.body.append("built");\n');
  const pidFile = path.join(root, 'build.pid');
  const configFile = path.join(root, 'vite.config.mjs');
  // The config is evaluated by the process that builds: it records that process's id.
  fs.writeFileSync(
    configFile,
    `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));\n` +
      `export default { root: ${JSON.stringify(root)}, logLevel: 'warn', build: { outDir: ${JSON.stringify(path.join(root, 'out'))} } };\n`,
  );
  const logger = createLogger(loadConfig({ DATA_DIR: root, LOG_LEVEL: 'silent' }));
  await buildWeb(logger, configFile);
  expect(fs.existsSync(path.join(root, 'out', 'index.html'))).toBe(true);
  const builtBy = Number(fs.readFileSync(pidFile, 'utf8'));
  expect(builtBy).toBeGreaterThan(0);
  expect(builtBy).not.toBe(process.pid);
});

it('builds for production whatever NODE_ENV the starting process has', async () => {
  // Vitest runs with NODE_ENV=test. A child that inherits it bundles the development builds of
  // React and friends (three times the size, and slower): the server would then serve them.
  expect(process.env.NODE_ENV).toBe('test');
  const dir = path.join(root, 'mode');
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><body><script type="module" src="./main.ts"></script></body></html>',
  );
  fs.writeFileSync(
    path.join(dir, 'main.ts'),
    "document.body.append(process.env.NODE_ENV === 'production' ? 'production build' : 'other build');\n",
  );
  const configFile = path.join(dir, 'vite.config.mjs');
  fs.writeFileSync(
    configFile,
    `export default { root: ${JSON.stringify(dir)}, logLevel: 'warn', build: { outDir: ${JSON.stringify(path.join(dir, 'out'))} } };\n`,
  );
  const logger = createLogger(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  await buildWeb(logger, configFile);
  const assets = path.join(dir, 'out', 'assets');
  const bundle = fs
    .readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => fs.readFileSync(path.join(assets, file), 'utf8'))
    .join('\n');
  expect(bundle).toContain('production build');
  expect(bundle).not.toContain('other build');
});

it('counts a UI built without the production record as one to build again', () => {
  const dist = path.join(root, 'dist');
  fs.mkdirSync(path.join(dist, '.vite'), { recursive: true });
  expect(builtForProduction(dist)).toBe(false);
  fs.writeFileSync(path.join(dist, '.vite', 'build-mode.json'), JSON.stringify({ nodeEnv: 'test' }));
  expect(builtForProduction(dist)).toBe(false);
  fs.writeFileSync(path.join(dist, '.vite', 'build-mode.json'), JSON.stringify({ nodeEnv: 'production' }));
  expect(builtForProduction(dist)).toBe(true);
});
