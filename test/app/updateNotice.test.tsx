// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, takeUpdate } from '../../src/offline/registerServiceWorker';
import { UpdateNotice } from '../../src/offline/UpdateNotice';

afterEach(cleanup);

/** A service worker as the page sees it: a state that changes, and messages it is sent. */
class FakeWorker extends EventTarget {
  state = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** A newer version found and being installed. */
  found(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    return worker;
  }
}

/** `navigator.serviceWorker` with a page controlled (or not) by an earlier version. */
function fakeContainer(controlled: boolean) {
  const registration = new FakeRegistration();
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? new FakeWorker() : null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { registration, container };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('a new version of the app', () => {
  it('is not announced on the first install, which serves the page at once', async () => {
    const { registration, container } = fakeContainer(false);
    render(<UpdateNotice />);
    registerServiceWorker('/sw.js');
    await flush();
    expect(container.register).toHaveBeenCalledWith('/sw.js');
    act(() => registration.found().become('installed'));
    expect(screen.queryByText(/A new version/)).toBeNull();
  });

  it('is announced once installed, and takes over only when asked, reloading then', async () => {
    const { registration, container } = fakeContainer(true);
    render(<UpdateNotice />);
    registerServiceWorker('/sw.js');
    await flush();
    const worker = registration.found();
    act(() => worker.become('installed'));
    expect(screen.getByRole('status').textContent).toMatch(
      /^A new version of HA Planner is ready — reload to use it\./,
    );
    // Nothing is forced: no message to the new version, no reload, until the person chooses.
    expect(worker.messages).toEqual([]);
    const reload = vi.fn();
    expect(takeUpdate(reload)).toBe(true);
    expect(worker.messages).toEqual(['take-over']);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('can be put off for the session', async () => {
    const { registration } = fakeContainer(true);
    render(<UpdateNotice />);
    registerServiceWorker('/sw.js');
    await flush();
    act(() => registration.found().become('installed'));
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/A new version/)).toBeNull();
  });
});
