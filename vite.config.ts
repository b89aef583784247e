/// <reference types="vitest/config" />
import { randomBytes } from 'node:crypto';
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

export default defineConfig(({ command }) => {
  // A fresh nonce each time the dev server starts; none in a build.
  const devNonce = command === 'serve' ? randomBytes(18).toString('base64url') : null;
  return {
    plugins: [react(), contentSecurityPolicy(devNonce)],
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
