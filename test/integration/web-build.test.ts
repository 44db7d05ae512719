import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import { buildWeb } from '../../src/server/web-build.js';

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
