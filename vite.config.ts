/// <reference types="vitest/config" />
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
 * Puts the policy into the built index.html only (the dev server's hot reload needs inline scripts), right
 * after the charset, before any script or style it governs.
 */
function contentSecurityPolicy(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  return {
    name: 'ha-planner-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!charset.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> not found');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        return html.replace(charset, (found) => `${found}\n    ${meta}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
});
