/// <reference types="vitest/config" />
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built app: its own scripts, styles, workers, fonts and data only; no
 * inline script or style, no eval, no remote origin, no plugins, no <base>, no form submissions. `img-src`
 * also allows data: URLs, for the logo preview of the PDF export. React sets style props through the CSSOM,
 * which the policy does not restrict, so `style-src` needs no 'unsafe-inline' (the PDF charts and SVG logos
 * get their styles the same way: src/pdf/svgStyles.ts). A policy in a <meta> element cannot set
 * frame-ancestors (nor report-to or sandbox): a server hosting the app should also send the header
 * `Content-Security-Policy: frame-ancestors 'none'`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy of the dev server (`npm start`): the built app's, plus only what hot reload needs. The dev
 * server writes one inline script (React's refresh hook) into the page and inserts the styles of the CSS
 * modules as <style> elements; both carry a nonce made when the server starts (Vite's `html.cspNonce`),
 * and only those are allowed. Hot reload's WebSocket goes to the page's own host and port, which
 * `connect-src 'self'` already allows. Nothing else is loosened: no 'unsafe-inline', no 'unsafe-eval',
 * no other origin.
 */
export function developmentPolicy(nonce: string): string {
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`).replace(
    "style-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
  );
}

/**
 * Puts the policy into index.html: after the charset in the build; in dev, first in <head>, before the
 * inline script the dev server puts there, with the dev allowances (the policy applies only to what
 * follows it in the page).
 */
function contentSecurityPolicy(devNonce: string | null): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'ha-planner-content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (devNonce !== null) {
          if (!/<head>/i.test(html)) throw new Error('index.html: <head> not found');
          return html.replace(/<head>/i, (found) => `${found}\n    ${meta(developmentPolicy(devNonce))}`);
        }
        if (!charset.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> not found');
        return html.replace(charset, (found) => `${found}\n    ${meta(CONTENT_SECURITY_POLICY)}`);
      },
    },
  };
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** The service worker's source; written in TypeScript beside the app, compiled here. */
const SERVICE_WORKER_SOURCE = new URL('./src/offline/serviceWorker.ts', import.meta.url);
/** Where the built service worker is served: at the root, so that it may serve the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The app offline (src/offline/): after the build, the list of every file it wrote (scripts, styles, the
 * worker, the chunks and fonts loaded on demand, the page) and of the public folder (presets, icons, the
 * manifest) goes into the service worker, with a name for the build made from those files, so that a new
 * build is a new worker and the browser fetches it. No file is left out but the worker itself and the
 * robots file; nothing is added to the page (the worker is registered by the app's own script, which the
 * Content-Security-Policy allows).
 */
function offlineAssets(): Plugin {
  let publicDir = '';
  let base = '/';
  return {
    name: 'ha-planner-offline-assets',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const hash = createHash('sha256');
        const built = Object.values(bundle)
          .filter((file) => !file.fileName.endsWith('.map'))
          .map((file) => {
            hash.update(file.fileName);
            hash.update(file.type === 'chunk' ? file.code : file.source);
            return file.fileName;
          });
        const copied = filesUnder(publicDir).filter(
          (path) => path !== 'robots.txt' && path !== SERVICE_WORKER_FILE,
        );
        for (const path of copied) {
          hash.update(path);
          hash.update(readFileSync(join(publicDir, path)));
        }
        const files = [...new Set([...built, ...copied])].sort();
        const source = readFileSync(fileURLToPath(SERVICE_WORKER_SOURCE), 'utf8');
        // A classic script in a function of its own: a module service worker is not yet read everywhere.
        const compiled = await transform(source, { loader: 'ts', target: 'es2022', format: 'iife' });
        const header =
          `const PRECACHE = ${JSON.stringify(files.map((path) => `${base}${path}`))};\n` +
          `const BUILD = ${JSON.stringify(hash.digest('hex').slice(0, 16))};\n`;
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: header + compiled.code });
      },
    },
  };
}

export default defineConfig(({ command }) => {
  // A fresh nonce each time the dev server starts; none in a build.
  const devNonce = command === 'serve' ? randomBytes(18).toString('base64url') : null;
  return {
    plugins: [react(), contentSecurityPolicy(devNonce), offlineAssets()],
    ...(devNonce === null ? {} : { html: { cspNonce: devNonce } }),
    worker: { format: 'es' },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    build: { target: 'es2022', sourcemap: false },
    test: {
      include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
      exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
      // Component tests opt into a DOM with a first-line comment: `// @vitest-environment jsdom`.
      environment: 'node',
      // A shared two-core machine can take several times a test's quiet-machine time: allow for it.
      testTimeout: 20_000,
    },
  };
});
