import { useCallback, useState } from 'react';

/** Where a box that scrolls sideways stands: it fits, or it is at its start, in the middle or at its end. */
export type OverflowPlace = 'fits' | 'start' | 'middle' | 'end';

/** The place of a scroll position: `scrollLeft` of `scrollWidth`, `clientWidth` shown (CSS pixels). */
export function overflowPlace(scrollLeft: number, scrollWidth: number, clientWidth: number): OverflowPlace {
  if (scrollWidth - clientWidth <= 1) return 'fits';
  if (scrollLeft <= 1) return 'start';
  if (scrollLeft >= scrollWidth - clientWidth - 1) return 'end';
  return 'middle';
}

/**
 * Whether a box scrolls sideways and where it stands, followed as it scrolls and resizes: a table wider
 * than a phone says so, and which way there is more, instead of showing two columns without a word.
 */
export function useHorizontalOverflow(): [
  (element: HTMLElement | null) => (() => void) | undefined,
  OverflowPlace,
] {
  const [place, setPlace] = useState<OverflowPlace>('fits');
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    const measure = () =>
      setPlace(overflowPlace(element.scrollLeft, element.scrollWidth, element.clientWidth));
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);
  return [ref, place];
}

/** What the hint under a table that scrolls sideways says; null when it fits. */
export function scrollHint(place: OverflowPlace, columns: number): string | null {
  switch (place) {
    case 'fits':
      return null;
    case 'start':
      return `Scroll sideways for all ${columns} columns →`;
    case 'middle':
      return `← More columns either side →`;
    case 'end':
      return `← Scroll back for the first columns`;
  }
}
