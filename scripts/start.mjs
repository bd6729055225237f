#!/usr/bin/env node
// `npm start`: serve the game with Vite, print its address and open it in the browser (Vite's
// server.open; on a machine without a desktop it simply opens nothing). Installs nothing.
import { createServer } from 'vite';

const port = Number(process.env.PORT) || 5173;
// Open a browser where there is a desktop to open it on (on Linux: a display is set).
const desktop = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { port, open: desktop && !process.env.CI, host: process.env.HOST ?? 'localhost' },
});
await server.listen();
console.log('\n  Qantar is ready. Open this address in a browser (a projector works best with "Large text"):');
server.printUrls();
console.log('\n  Press Ctrl+C to stop.\n');
