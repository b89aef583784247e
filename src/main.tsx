import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { listenForShareLinks, openFromUrl } from './io/openFromUrl';
import { storeOpener } from './io/opener';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { UpdateNotice } from './offline/UpdateNotice';
import { simulationStore } from './store/simulationStore';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('HA Planner: #root element missing from index.html');

// Whatever fails to render, the page says so and offers a way on: it never goes blank.
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary what="the planner" onReset={() => simulationStore.getState().resetScenario()}>
      <App />
      <UpdateNotice />
    </ErrorBoundary>
  </StrictMode>,
);

// A share link in the address opens its scenario as a new one; a link that cannot be opened leaves the
// scenario as it was and says why (in the import/export panel). Links pasted later open the same way.
const opener = storeOpener(simulationStore);
const fromLink = openFromUrl(opener);
listenForShareLinks(opener);

// The scenario runs once on load (a quick preview, then the full run), so the first screen already shows a
// recommendation; a scenario opened from a link has been started (or held for a click) already.
if (fromLink !== 'opened') simulationStore.getState().refresh();

// Once loaded, the app works without a network (src/offline/); a build served by the dev server has no
// service worker, since its files change as they are edited.
if (import.meta.env.PROD) registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`);
