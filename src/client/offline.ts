// Registers the service worker (src/client/service-worker.ts, built to sw.js by scripts/pwa-plugin.ts)
// that keeps the game playable without a network and lets the browser offer to install it. Only in
// the production build: in `vite` dev a worker would serve yesterday's files. Browsers allow service
// workers on https and on localhost only; elsewhere (a school server on plain http) the game still
// runs, just not offline.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After the page's own loading, so storing every file does not compete with drawing the map.
  // Relative: the worker and its scope are the folder the game is served from (/qantar/ or /).
  const register = (): void => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
      // No worker (private mode, a blocked origin): the game plays on, online only.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
