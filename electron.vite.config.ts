import path from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// `npm start`: bundles main (ESM), preload (CommonJS, as sandboxed preloads require) and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: 'electron/main.ts', formats: ['es'], fileName: () => 'main.js' },
      rollupOptions: { external: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: 'electron/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: path.resolve('out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: path.resolve('renderer/index.html') },
    },
  },
});
