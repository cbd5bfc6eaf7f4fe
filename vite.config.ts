import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer alone, for `npm run serve` and the end-to-end tests (same output as electron-vite's).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: path.resolve('out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
});
