// Vite builds the browser game from index.html. Phaser is loaded with a dynamic import, so it is
// its own chunk; the bot worker is its own chunk too (see src/client/worker-runner.ts).
import { defineConfig } from 'vite';
import { preloadFirstMap } from './scripts/preload-plugin.js';
import { pwa } from './scripts/pwa-plugin.js';

export default defineConfig({
  // Every address in the build is relative (scripts, fonts, the map, the worker, the manifest),
  // so dist/ runs from any folder of any static host: a domain's root or a sub-path (/qantar/).
  base: './',
  // `npm start` (scripts/start.mjs) opens the browser; plain `vite` and the tests do not.
  server: { open: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    chunkSizeWarningLimit: 1600,
    // Fonts and the map stay files the browser caches, not base64 inside the scripts.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Phaser apart from the map scenes that use it: a change to the game's own drawing code
        // leaves the 1.4 MB library's file (and its name) as it was, so browsers and the offline
        // cache keep it.
        codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  worker: { format: 'es' },
  // The manifest, its icons and the offline service worker (build only).
  plugins: [pwa(), preloadFirstMap()],
});
