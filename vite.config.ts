import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { apiPort } from './src/server/config.js';
import { precompressDir } from './src/server/precompress.js';

/** Writes brotli and gzip copies of the built files, which the server sends as they are. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'sinergi-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
      // What the bundle was built for: the server rebuilds a UI that was not built for production.
      fs.writeFileSync(
        path.join(outDir, '.vite', 'build-mode.json'),
        JSON.stringify({ nodeEnv: process.env.NODE_ENV ?? 'production' }),
      );
    },
  };
}

/**
 * Builds the browser UI from src/web into dist/web, which the Sinergi server serves with an SPA
 * fallback. In development the Vite server forwards /api to the Sinergi server on PORT (default
 * 3000, as `npm run dev` starts it) so the UI talks to the real API, never to mock data.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Written for debugging, served only with SERVE_SOURCE_MAPS=true (src/server/app.ts).
    sourcemap: true,
    // Read by `npm run bench` to measure the first load; not served (src/server/app.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // React changes less often than our code: its own chunk stays cached across releases.
        // Mantine is not grouped: one chunk of all of it would put every page's components into
        // the first load; split by use, each page brings the components it needs.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': `http://localhost:${apiPort()}`,
    },
  },
});
