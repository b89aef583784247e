import { useEffect, useState } from 'react';
import { onUpdateReady, takeUpdate } from './registerServiceWorker';
import './offline.css';

/**
 * "A new version is ready — reload": shown when a newer build has been fetched in the background. The
 * page carries on until the person chooses to reload (the scenarios are saved in the browser, so a reload
 * loses nothing), or dismisses the notice for this session.
 */
export function UpdateNotice() {
  const [ready, setReady] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => onUpdateReady(setReady), []);
  const shown = ready && !dismissed;
  return (
    <div className="update-notice-area" role="status">
      {shown ? (
        <p className="update-notice">
          <span>A new version of HA Planner is ready — reload to use it. Your scenarios are kept.</span>
          <button type="button" className="button small primary" onClick={() => takeUpdate()}>
            Reload
          </button>
          <button type="button" className="button small" onClick={() => setDismissed(true)}>
            Later
          </button>
        </p>
      ) : null}
    </div>
  );
}
