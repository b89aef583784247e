import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { simulationStore } from './store/simulationStore';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('HA Planner: #root element missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The default scenario runs once on load (a quick preview, then the full run), so the first screen already
// shows a recommendation.
simulationStore.getState().refresh();
