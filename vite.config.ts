import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { apiPort } from './src/server/config.js';

/**
 * Builds the browser UI from src/web into dist/web, which the Sinergi server serves with an SPA
 * fallback. In development the Vite server forwards /api to the Sinergi server on PORT (default
 * 3000, as `npm run dev` starts it) so the UI talks to the real API, never to mock data.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /node_modules[\\/]@mantine/ },
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
