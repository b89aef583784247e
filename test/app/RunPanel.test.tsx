// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunPanel } from '../../src/components/RunPanel';
import { simulationStore } from '../../src/store/simulationStore';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('RunPanel', () => {
  it('offers Run when idle and announces the status', () => {
    act(() => simulationStore.setState({ status: 'idle', progress: 0 }));
    render(<RunPanel />);
    expect(screen.getByRole('button', { name: 'Run simulation' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Ready to simulate.');
  });

  it('shows a labelled progress bar and a Cancel button while running', () => {
    const cancel = vi.fn();
    act(() => simulationStore.setState({ status: 'running', progress: 0.4, cancel }));
    render(<RunPanel />);
    const bar = screen.getByRole('progressbar', { name: 'Progress 40%' });
    expect(bar.getAttribute('value')).toBe('0.4');
    const runButton = screen.getByRole('button', { name: 'Restart simulation' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledTimes(1);
    // Focus returns to the Run button, which stays on the page.
    expect(document.activeElement).toBe(runButton);
  });

  it('shows the error of a failed run', () => {
    act(() => simulationStore.setState({ status: 'error', error: 'trials must be positive' }));
    render(<RunPanel />);
    expect(screen.getByRole('status').textContent).toBe('The simulation failed. trials must be positive');
  });
});
