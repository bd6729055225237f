// Vite builds the browser game from index.html. Phaser is loaded with a dynamic import, so it is
// its own chunk; the bot worker is its own chunk too (see src/client/worker-runner.ts).
import { defineConfig } from 'vite';

export default defineConfig({
  // `npm start` (scripts/start.mjs) opens the browser; plain `vite` and the tests do not.
  server: { open: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    chunkSizeWarningLimit: 1600,
    // Fonts and the map stay files the browser caches, not base64 inside the scripts.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
});
