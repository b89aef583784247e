/**
 * The service worker that lets the planner open and work without a network once it has been loaded: it
 * keeps every file of the build (the page, its scripts and styles, the simulation worker, the PDF, deck and
 * font chunks that load on demand, the preset scenarios, the icons) in a cache named after the build, and
 * answers the page's requests from it. The build writes the list and the build's name before this code
 * (vite.config.ts, `offlineAssets`): `PRECACHE` and `BUILD`.
 *
 * A new build is fetched in the background and waits: it takes over only when the page asks (the person
 * chose "Reload" on the notice that a new version is ready), never in the middle of a session. Nothing is
 * sent anywhere: requests to other origins are not touched, and there are none.
 */

/** What this worker needs of the service-worker scope; the DOM library the app is typed with has none of it. */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  readonly data: unknown;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

declare const PRECACHE: readonly string[];
declare const BUILD: string;

const scope = self as unknown as ServiceWorkerScope;
const CACHE_PREFIX = 'ha-planner-';
const CACHE = `${CACHE_PREFIX}${BUILD}`;
/** The page every navigation opens: the app decides what to show from the address (a share link …). */
const SHELL = new URL('index.html', scope.registration.scope).href;

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // Fresh from the server, not from the browser's HTTP cache: the files of this build, exactly.
      cache.addAll(
        PRECACHE.map((path) => new Request(new URL(path, scope.registration.scope), { cache: 'reload' })),
      ),
    ),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      // The page that installed the first version is served from now on, so it works offline at once.
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('message', (event) => {
  if (event.data === 'take-over') void scope.skipWaiting();
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== new URL(scope.registration.scope).origin)
    return;
  event.respondWith(answer(request));
});

/** A request answered from this build's files when it is one of them, else from the network. */
async function answer(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  // Vary is ignored: a server may vary on Origin (module scripts are fetched with one), and these are the
  // same static files whoever asks.
  const cached = await cache.match(request.mode === 'navigate' ? SHELL : request, { ignoreVary: true });
  if (cached) return cached;
  return fetch(request);
}

// A module to the type checker (its names stay its own); the build wraps it in a function.
export {};
