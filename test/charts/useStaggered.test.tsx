// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStaggered } from '../../src/charts/useStaggered';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/**
 * Runs the next pending timer and the render it causes. A synchronous act() has flushed everything when it
 * returns; the thenable it also returns is for callers that await, so it is dropped on purpose.
 */
const tick = (): void => {
  void act(() => {
    vi.advanceTimersToNextTimer();
  });
};

describe('useStaggered', () => {
  it('fills its slots one task at a time, then passes a new value along the same way', () => {
    const { result, rerender } = renderHook(({ value }) => useStaggered(value, 3), {
      initialProps: { value: 'a' },
    });
    expect(result.current).toEqual([null, null, null]);
    tick();
    expect(result.current).toEqual(['a', null, null]);
    tick();
    tick();
    expect(result.current).toEqual(['a', 'a', 'a']);
    expect(vi.getTimerCount()).toBe(0);

    rerender({ value: 'b' });
    expect(result.current).toEqual(['a', 'a', 'a']);
    tick();
    expect(result.current).toEqual(['b', 'a', 'a']);
    tick();
    expect(result.current).toEqual(['b', 'b', 'a']);
  });

  it('skips values that were replaced before they reached every slot', () => {
    const { result, rerender } = renderHook(({ value }) => useStaggered(value, 2), {
      initialProps: { value: 1 },
    });
    const second = new Set<number | null>();
    const step = () => {
      tick();
      second.add(result.current[1]!);
    };
    step();
    rerender({ value: 2 });
    step();
    expect(result.current).toEqual([2, null]);
    rerender({ value: 3 });
    step();
    step();
    expect(result.current).toEqual([3, 3]);
    expect([...second]).toEqual([null, 3]);
  });
});
