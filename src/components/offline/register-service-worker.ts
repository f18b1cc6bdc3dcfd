/** Registers the build's service worker, which precaches the site so it works offline after one visit. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Without the worker the site still works online; there is nothing for the reader to do.
  });
}
