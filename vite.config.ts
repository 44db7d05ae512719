import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the browser UI from src/web into dist/web, which the Sinergi server serves with an SPA
 * fallback. In development the Vite server forwards /api to the Sinergi server on port 3000 so the
 * UI talks to the real API, never to mock data.
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
      '/api': 'http://localhost:3000',
    },
  },
});
