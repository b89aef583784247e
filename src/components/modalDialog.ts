import { type RefObject, useEffect, useRef, useState } from 'react';
import './modalDialog.css';

/**
 * A <dialog> shown as a modal while `open` is true (the parent's state stays the truth), with the focus on
 * `first` when it opens. Not autoFocus: React would focus the field when the closed dialog is first
 * rendered, which costs the page a full style recalculation at load.
 */
export function useModalDialog(open: boolean, first: RefObject<HTMLElement | null>) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      first.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open, first]);
  return dialogRef;
}

/**
 * Whether `open` has been true at least once. A dialog's code loads when it is first opened, not with the
 * page, and stays mounted after it closes, so that what was typed in it is kept.
 */
export function useOpenedOnce(open: boolean): boolean {
  // React's pattern for state derived from earlier renders: adjust it while rendering.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
