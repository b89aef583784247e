/**
 * Messages about files and links: an import that failed, a link that opened or could not be opened. A tiny
 * store of its own (not part of the simulation store), because these messages are about the last thing the
 * user did, not about the scenario; the import/export panel shows the latest one. A message arrives before
 * the page has rendered when a link is opened at start-up, so it cannot live in a component's state.
 */
import { createStore } from 'zustand/vanilla';

export interface Notice {
  /** `error`: announced at once (role="alert"); `success`: announced politely (role="status"). */
  kind: 'error' | 'success';
  text: string;
  /** The validator's messages, one per problem, when there are several. */
  details?: readonly string[];
}

/** Leads the list of what bringing a file or link of an earlier format up to date assumed. */
export const MIGRATED_LEAD = 'It was written by an earlier version; bringing it up to date assumed:';

export interface NoticeState {
  notice: Notice | null;
  show: (notice: Notice) => void;
  clear: () => void;
}

export function createNoticeStore() {
  return createStore<NoticeState>()((set) => ({
    notice: null,
    show: (notice) => set({ notice }),
    clear: () => set({ notice: null }),
  }));
}

export type NoticeStore = ReturnType<typeof createNoticeStore>;

/** The app's one notice store. */
export const noticeStore = createNoticeStore();
