/**
 * Debian's Chromium and the flags a closed network needs (no background connections, no component
 * updates), shared by the end-to-end tests and the browser benchmarks.
 */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
