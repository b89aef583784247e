import { useEffect } from 'react';

/** An element where a key is typed into, rather than a command: the C key is left to it. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"], [role="slider"]',
    ) !== null
  );
}

/**
 * The client view's keys: C (when on, and not while typing in a field, nor with Ctrl, Alt or ⌘) opens and
 * closes it; Escape leaves it. A key another part of the page has handled already is left alone.
 */
export function useClientViewKeys(active: boolean, shortcut: boolean, toggle: () => void, leave: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey)
        return;
      if (active && event.key === 'Escape') {
        event.preventDefault();
        leave();
        return;
      }
      if (!shortcut || (event.key !== 'c' && event.key !== 'C') || isTypingTarget(event.target)) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, shortcut, toggle, leave]);
}
