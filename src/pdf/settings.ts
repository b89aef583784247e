/**
 * Who prepares proposals in this browser and how to reach them, and how long an offer stays valid: kept in
 * the browser's storage (not in the scenario, which is the client's and travels with it), read when the
 * export form opens and saved when a proposal is exported.
 */
import type { PaperSize } from './model';

export interface ProposalSettings {
  preparedBy: string;
  company: string;
  email: string;
  phone: string;
  /** Days an offer stays valid after its date. */
  validityDays: number;
  paper: PaperSize | null;
}

export const SETTINGS_KEY = 'ha-planner:proposal-settings';

export const DEFAULT_SETTINGS: ProposalSettings = {
  preparedBy: '',
  company: '',
  email: '',
  phone: '',
  validityDays: 30,
  paper: null,
};

/** Longest validity the form accepts, in days. */
export const MAX_VALIDITY_DAYS = 365;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const text = (value: unknown, max = 120) => (typeof value === 'string' ? value.slice(0, max) : '');

/** The saved settings, each field checked; defaults for anything missing or malformed. */
export function readSettings(from: Storage | null = storage()): ProposalSettings {
  let raw: unknown = null;
  try {
    raw = JSON.parse(from?.getItem(SETTINGS_KEY) ?? 'null');
  } catch {
    raw = null;
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  const days = typeof r.validityDays === 'number' && Number.isInteger(r.validityDays) ? r.validityDays : NaN;
  return {
    preparedBy: text(r.preparedBy),
    company: text(r.company),
    email: text(r.email),
    phone: text(r.phone, 40),
    validityDays: days >= 1 && days <= MAX_VALIDITY_DAYS ? days : DEFAULT_SETTINGS.validityDays,
    paper: r.paper === 'a4' || r.paper === 'letter' ? r.paper : null,
  };
}

/** Saves the settings; false when the browser refuses (private mode, storage full). */
export function saveSettings(settings: ProposalSettings, to: Storage | null = storage()): boolean {
  try {
    to?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return to !== null;
  } catch {
    return false;
  }
}
