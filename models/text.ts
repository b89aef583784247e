import type { Dist } from './types';

/**
 * Plain-text numbers for the sentences the model writes (recommendation reasons, reports).
 * Fixed en-US conventions so that the CLI, the worker and the PDF say exactly the same thing.
 */

const PATTERN_NAMES = {
  'single-node': 'Single node (baseline)',
  'active-passive-async': 'Active-passive, async replication',
  'active-passive-sync': 'Active-passive, sync replication',
  'active-active': 'Multi-region active-active',
} as const;

export function patternName(id: keyof typeof PATTERN_NAMES): string {
  return PATTERN_NAMES[id];
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, digits: number): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let f = moneyFormats.get(key);
  if (!f) {
    const options = { maximumFractionDigits: digits, minimumFractionDigits: 0 };
    try {
      f = new Intl.NumberFormat('en-US', { style: 'currency', currency, ...options });
    } catch {
      // An unknown code still reads well as "1,234 XYZ".
      f = new Intl.NumberFormat('en-US', options);
    }
    moneyFormats.set(key, f);
  }
  return f;
}

/** "$5,600", "$1.25M" style amounts in the scenario's currency; whole units below a million. */
export function money(value: number, currency: string): string {
  if (Math.abs(value) >= 1e6) return `${moneyFormat(currency, 2).format(value / 1e6)}M`;
  return moneyFormat(currency, 0).format(Math.round(value));
}

/** "0 s", "34 s", "4.2 min", "3.5 h", "2.1 days" — the unit a person would use. */
export function duration(seconds: number): string {
  const s = Math.abs(seconds);
  if (s === 0) return '0 s';
  if (s < 10) return `${round(seconds, 1)} s`;
  if (s < 120) return `${Math.round(seconds)} s`;
  if (s < 7200) return `${round(seconds / 60, 1)} min`;
  if (s < 172800) return `${round(seconds / 3600, 1)} h`;
  return `${round(seconds / 86400, 1)} days`;
}

/** 0.9871 → "98.7%"; values near 0 or 1 keep the digits that matter (99.995%). */
export function percent(fraction: number): string {
  const pct = fraction * 100;
  if (pct >= 99.9 && pct < 100) return `${trimZeros((Math.floor(pct * 1000) / 1000).toFixed(3))}%`;
  return `${round(pct, 1)}%`;
}

export function round(value: number, digits: number): string {
  return trimZeros(value.toFixed(digits));
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** A distribution in words, e.g. "triangular 30 / 60 / 300 s" or "uniform 20 s – 30 s". */
export function describeDist(dist: Dist): string {
  switch (dist.kind) {
    case 'fixed':
      return duration(dist.value);
    case 'uniform':
      return `uniform ${duration(dist.min)} – ${duration(dist.max)}`;
    case 'triangular':
      return `${duration(dist.min)} / ${duration(dist.mode)} / ${duration(dist.max)} (least / most likely / greatest)`;
    case 'lognormal':
      return `lognormal, median ${duration(dist.median)}, P95 ${duration(dist.p95)}, at most ${duration(dist.max)}`;
    case 'mixture': {
      const total = dist.parts.reduce((s, p) => s + p.weight, 0);
      return dist.parts
        .map((p) => `${round((100 * p.weight) / total, 1)}% ${p.label}: ${describeDist(p.dist)}`)
        .join('; ');
    }
  }
}
