/**
 * Opening a share link: at start-up, and whenever the address's fragment changes to a link (a link pasted
 * into the address bar of an open planner only changes the fragment, so the page does not reload).
 * A valid link's scenario opens as a new scenario and the fragment is cleared, so that a reload does not
 * open it a second time; a link that cannot be opened leaves everything as it was and says why. A link's
 * scenario that would take long to simulate is opened but not run until the user asks (runSlice.ts).
 */
import {
  decodeShareLink,
  encodeShareLink,
  isShareFragment,
  linkFragment,
} from '../../models/share/shareLink';
import type { Scenario } from '../../models/types';
import { formatDuration } from '../format';
import { MIGRATED_LEAD, noticeStore, type NoticeStore } from './notices';
import type { ScenarioOpener } from './opener';

/** What opening a link needs of `window`. */
export interface UrlWindow {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

export type OpenFromUrlOutcome = 'none' | 'opened' | 'failed';

/** The page's address without fragment or query, followed by the scenario's share fragment. */
export function shareUrl(scenario: Scenario, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${encodeShareLink(scenario)}`;
}

/**
 * Opens the scenario of a share link in the address's fragment, if there is one. Never throws: every
 * outcome is a message in `notices`.
 */
export function openFromUrl(
  opener: ScenarioOpener,
  win: UrlWindow = window,
  notices: NoticeStore = noticeStore,
): OpenFromUrlOutcome {
  const show = notices.getState().show;
  let fragment: string;
  try {
    fragment = linkFragment(win.location.hash);
  } catch {
    return 'none';
  }
  if (!isShareFragment(fragment)) return 'none';
  const decoded = decodeShareLink(fragment);
  if (!decoded.ok) {
    show({ kind: 'error', text: `${decoded.error} Nothing was opened; your work is unchanged.` });
    return 'failed';
  }
  let name: string;
  try {
    name = opener.openAsNew(decoded.scenario, 'link');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    show({ kind: 'error', text: `The shared scenario could not be opened (${reason}).` });
    return 'failed';
  }
  try {
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}`);
  } catch {
    // The scenario is open; a fragment left in the address only means a reload opens it again.
  }
  const held = opener.heldRun?.();
  const wait = held
    ? ` It has not been run: it takes about ${formatDuration(held.estimate.seconds)} on this machine. Press “Run full simulation” to run it.`
    : '';
  const text = `Opened “${name}” from a shared link as a new scenario.${wait}`;
  show(
    decoded.migrated.length === 0
      ? { kind: 'success', text }
      : { kind: 'success', text: `${text} ${MIGRATED_LEAD}`, details: decoded.migrated },
  );
  return 'opened';
}

/** Opens share links pasted into the address bar of the open page; returns the function that stops it. */
export function listenForShareLinks(
  opener: ScenarioOpener,
  win: UrlWindow & Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  notices: NoticeStore = noticeStore,
): () => void {
  const onHashChange = () => {
    openFromUrl(opener, win, notices);
  };
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}
