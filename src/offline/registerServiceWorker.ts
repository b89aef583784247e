/**
 * The app's side of working offline (serviceWorker.ts is the other): registers the service worker of the
 * build, and says when a newer build has been fetched and is waiting. It is never put in place by itself:
 * `takeUpdate()`, which the notice's Reload button calls, lets it take over and reloads the page; until then
 * the page goes on as it is, so no one's session is cut short. Nothing happens where service workers are
 * not available (an old browser, a page not served over HTTPS or from localhost): the app simply needs the
 * network there, as before.
 */

/** Whether a newer version waits, for the notice. */
type Listener = (ready: boolean) => void;

let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

function announce(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const listener of listeners) listener(worker !== null);
}

/** Calls `listener` whenever a newer version starts or stops waiting; returns what stops it. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  listener(waiting !== null);
  return () => listeners.delete(listener);
}

/** Puts the waiting version in place and reloads the page with it; false when none waits. */
export function takeUpdate(reload: () => void = () => window.location.reload()): boolean {
  const worker = waiting;
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!worker || !container) return false;
  // Reload once the new version controls the page: only now, because the person asked for it.
  container.addEventListener('controllerchange', reload, { once: true });
  worker.postMessage('take-over');
  return true;
}

/** Watches a registration for a newer version that has installed while an older one serves the page. */
function watch(registration: ServiceWorkerRegistration): void {
  const container = navigator.serviceWorker;
  // A first install has no version before it: nothing to announce, it serves the page at once.
  if (registration.waiting && container.controller) announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) announce(installing);
    });
  });
}

/** Registers the service worker at `url` (the build's sw.js), once the page has loaded. */
export function registerServiceWorker(url: string): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(url).then(watch, () => {
      // Not registered (storage refused, a private window …): the app works online as before.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
