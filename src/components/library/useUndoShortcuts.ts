import { useEffect } from 'react';
import type { SimulationStore } from '../../store/simulationStore';

export type HistoryAction = 'undo' | 'redo';

/** Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo. */
export function historyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): HistoryAction | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/** An element where typing happens, and where the browser has an undo of its own. */
function isTextEntry(element: Element): element is HTMLElement {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * The app-wide undo and redo shortcuts, for edits of the open scenario.
 *
 * The rule, chosen to be predictable rather than clever: outside the scenario's inputs, a text field keeps
 * the browser's own undo (a scenario name being renamed, a pasted file), and everywhere else (buttons,
 * lists, checkboxes, the page) the shortcuts undo and redo scenario edits. Inside the scenario's inputs
 * (marked data-undo-scope="scenario"), the field is committed first, exactly as leaving it would do, and
 * then:
 *  - if that commit was an edit, it is the step undone, so Ctrl+Z takes back what was just typed;
 *  - if the field holds an entry the scenario refused, Ctrl+Z only drops that entry (the field shows the
 *    value in use again): a refused entry was never a step;
 *  - otherwise the last committed edit is undone, as anywhere else.
 * Focus returns to the field, which then shows the value it has after the undo. Typing is never lost to a
 * half-applied browser undo of a field whose value the store has already moved on from.
 */
export function useUndoShortcuts(store: SimulationStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = historyAction(event);
      if (action === null || event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      const field = target !== null && isTextEntry(target) ? target : null;
      if (field && !field.closest('[data-undo-scope="scenario"]')) return;
      event.preventDefault();
      if (field) {
        const before = store.getState().scenario;
        field.blur();
        const state = store.getState();
        const path = field.dataset['fieldPath'];
        const refused = path !== undefined && state.fieldErrors[path] !== undefined;
        if (state.scenario === before && refused) {
          state.discardEntry(path);
        } else {
          state[action]();
        }
        field.focus();
        return;
      }
      store.getState()[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
