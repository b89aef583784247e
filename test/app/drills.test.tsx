// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { calibrate } from '../../models/calibration/calibrate';
import { simulate } from '../../models/engine/index';
import { DEFAULT_SCENARIO } from '../../models/scenario/defaults';
import { decodeShareLink, MAX_SHARE_LINK_CHARS } from '../../models/share/shareLink';
import type { Drill, Scenario, SimulationResult } from '../../models/types';
import { DrillLogPanel } from '../../src/components/drills/DrillLogPanel';
import { calibrationOf } from '../../src/drills/calibrationOf';
import { ShareButton } from '../../src/components/ShareButton';
import { createSimulationStore, estimateRun, type SimulationRunner } from '../../src/store/simulationStore';
import { SimulationStoreContext } from '../../src/store/useSimulation';
import { runSimulation } from '../../src/worker/runSimulation';
import { idleRunner } from '../io/helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const small: Scenario = { ...DEFAULT_SCENARIO, simulation: { trials: 4096, seed: 3 } };

function drill(patch: Partial<Drill> = {}): Drill {
  return {
    date: '2026-03-14',
    scope: 'node',
    architecture: 'active-passive-async',
    outcome: 'automated',
    outageSeconds: 70,
    dataLossSeconds: 0.2,
    ...patch,
  };
}

const tenDrills = Array.from({ length: 10 }, (_, i) =>
  drill({ date: `2026-03-${10 + i}`, outageSeconds: 65 + i }),
);

describe('the drill log in the store', () => {
  it('takes drills whole through the validator, as undoable edits', () => {
    const store = createSimulationStore({ scenario: small, runner: idleRunner });
    const s = () => store.getState();
    expect(s().setDrills(tenDrills)).toEqual([]);
    expect(s().scenario.drillLog.drills).toHaveLength(10);
    expect(s().addDrill(drill({ date: '2026-04-01' }))).toEqual([]);
    expect(s().replaceDrill(0, drill({ date: '2026-03-01', outageSeconds: 50 }))).toEqual([]);
    expect(s().scenario.drillLog.drills[0]?.outageSeconds).toBe(50);
    s().removeDrill(10);
    expect(s().scenario.drillLog.drills).toHaveLength(10);
    expect(s().setDrillAsOf('2026-13-01')).toEqual(['as-of date: has no month 13']);
    expect(s().setDrillAsOf(' 2026-06-30 ')).toEqual([]);
    expect(s().scenario.drillLog.asOf).toBe('2026-06-30');
    expect(s().setDrillAsOf('')).toEqual([]);
    expect(s().scenario.drillLog).not.toHaveProperty('asOf');
    // A drill the validator refuses changes nothing.
    expect(s().addDrill(drill({ date: '2026-02-30' }))).toEqual(['date: has no day 30 in that month']);
    expect(s().scenario.drillLog.drills).toHaveLength(10);
    s().undo();
    expect(s().scenario.drillLog.asOf).toBe('2026-06-30');
  });
});

describe('runs of a scenario with a drill log', () => {
  it('run the calibrated model, and the model without the drills when asked', async () => {
    const scenario = { ...small, drillLog: { drills: tenDrills } };
    const outcome = await runSimulation(scenario, { workers: 0, withoutDrills: true });
    expect(outcome.result).toEqual(simulate(calibrate(scenario).scenario));
    expect(outcome.before).toEqual(simulate(scenario));
    const plain = await runSimulation(small, { workers: 0, withoutDrills: true });
    expect(plain.before).toBeUndefined();
  });

  it('the store keeps the numbers without the drills beside a full run', async () => {
    const store = createSimulationStore({
      scenario: { ...small, drillLog: { drills: tenDrills } },
      runner: (s, options) => runSimulation(s, { ...options, workers: 0 }),
    });
    store.getState().run();
    await waitFor(() => expect(store.getState().status).toBe('done'), { timeout: 20_000 });
    expect(store.getState().resultBefore?.recommendation).toBeDefined();
    const rto = (r: SimulationResult) =>
      r.patterns.find((p) => p.id === 'active-passive-async')!.incidentRtoSeconds.p50;
    expect(rto(store.getState().result!)).toBeGreaterThan(rto(store.getState().resultBefore!));
  });
});

describe('the estimate of a full run with a drill log', () => {
  it('counts its two passes, and the speed it learns is per pass', async () => {
    const resolves: ((result: SimulationResult) => void)[] = [];
    const runner: SimulationRunner = () =>
      new Promise((resolve) => resolves.push((result) => resolve({ result, mode: 'main-thread' })));
    const heavy = { ...small, simulation: { trials: 2_000_000, seed: 3 } };
    const logged = { ...heavy, drillLog: { drills: tenDrills } };
    const store = createSimulationStore({ runner, scenario: logged });
    const once = estimateRun(store.getState(), heavy).seconds;
    expect(estimateRun(store.getState(), logged).seconds).toBeCloseTo(2 * once, 9);
    // A preview runs the calibrated model only.
    expect(estimateRun(store.getState(), logged, 4096).seconds).toBe(
      estimateRun(store.getState(), heavy, 4096).seconds,
    );
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    store.getState().run();
    now = 3 * 2 * once * 1000; // both passes, each three times slower than estimated (ms)
    expect(resolves).toHaveLength(1);
    resolves[0]!({ trials: 2_000_000, seed: 3 } as SimulationResult);
    await waitFor(() => expect(store.getState().status).toBe('done'));
    expect(store.getState().speedFactor).toBeCloseTo(3, 9);
  });
});

function renderPanel(scenario: Scenario) {
  const store = createSimulationStore({ scenario, runner: idleRunner });
  render(
    <SimulationStoreContext.Provider value={store}>
      <DrillLogPanel />
    </SimulationStoreContext.Provider>,
  );
  return store;
}

const chooseFile = (file: File) =>
  act(async () => {
    fireEvent.change(screen.getByLabelText('Drill log file to import (CSV or JSON)'), {
      target: { files: [file] },
    });
  });

describe('DrillLogPanel', () => {
  it('imports a CSV log, lists each drill with whether it is used, and the figures it changed', async () => {
    const store = renderPanel(small);
    const csv =
      'date,scope,architecture,outcome,outageSeconds,dataLossSeconds\n' +
      '2026-03-10,node,active-passive-async,automated,70,0.2\n' +
      '2026-03-11,node,active-passive-async,automated,0.9,0.2\n' +
      '2026-03-12,region,active-passive-async,automated,70,0.2\n';
    await chooseFile(new File([csv], 'drills.csv', { type: 'text/csv' }));
    await waitFor(() => expect(store.getState().scenario.drillLog.drills).toHaveLength(3));
    const status = screen.getAllByRole('status')[0]!;
    expect(status).toHaveTextContent(
      'Imported 3 drills from “drills.csv”. 1 drill is used; about the others:',
    );
    expect(status).toHaveTextContent('line 3: The outage of 0.9 s looks like minutes');
    expect(status).toHaveTextContent(
      'line 4: Active-passive, async replication has no automated failover for a regional failure: not used.',
    );
    const table = screen.getByRole('table', { name: /3 drills in the log, 2 not used/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const figures = screen.getByRole('table', { name: /Prior \(the model as entered\) and posterior/ });
    expect(
      within(figures).getByRole('rowheader', {
        name: 'Active-passive, async replication: chance automation falls to people',
      }),
    ).toBeVisible();
  });

  it('refuses a log with a bad row, naming its line, and keeps the log as it was', async () => {
    const store = renderPanel({ ...small, drillLog: { drills: tenDrills } });
    const csv =
      'date,scope,architecture,outcome,outageSeconds,dataLossSeconds\n' +
      '2026-03-10,node,active-passive-async,auto,70,0.2\n';
    await chooseFile(new File([csv], 'bad.csv'));
    const alert = await screen.findByText(/“bad\.csv” is not a drill log the planner can read/);
    expect(alert.closest('[role="alert"]')).toHaveTextContent(
      'line 2: outcome: must be one of automated, manual, got "auto"; did you mean automated?',
    );
    expect(store.getState().scenario.drillLog.drills).toEqual(tenDrills);
  });

  it('adds a drill from the form, durations typed in any unit', async () => {
    const store = renderPanel(small);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-05-01' } });
    fireEvent.change(screen.getByLabelText('Outage (s)'), { target: { value: '1.5 min' } });
    fireEvent.change(screen.getByLabelText('Data lost (s)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add drill' }));
    // "1.5 min" waits for the unit converter, which loads on first use.
    await waitFor(() => expect(store.getState().scenario.drillLog.drills).toHaveLength(1), {
      timeout: 15_000,
    });
    expect(store.getState().scenario.drillLog.drills[0]).toEqual({
      date: '2026-05-01',
      scope: 'node',
      architecture: 'active-passive-async',
      outcome: 'automated',
      outageSeconds: 90,
      dataLossSeconds: 0,
    });
  });
});

describe('share links of a scenario with a drill log', () => {
  it('carry the log; one too long to open says so, and offers a link without it', async () => {
    // Notes of letters that do not repeat, so that the link cannot compress them away.
    let seed = 7;
    const letter = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed % 36).toString(36);
    };
    const noisy = Array.from({ length: 1000 }, (_, i) =>
      drill({
        date: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
        outageSeconds: 20 + i,
        note: Array.from({ length: 400 }, letter).join(''),
      }),
    );
    const store = createSimulationStore({ scenario: small, runner: idleRunner });
    const { rerender } = render(<ShareButton scenario={{ ...small, drillLog: { drills: tenDrills } }} />, {
      wrapper: ({ children }) => (
        <SimulationStoreContext.Provider value={store}>{children}</SimulationStoreContext.Provider>
      ),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    const link = (await screen.findByLabelText('Share link')) as HTMLInputElement;
    const opened = decodeShareLink(link.value.slice(link.value.indexOf('#')));
    expect(opened.ok && opened.scenario.drillLog.drills).toEqual(tenDrills);
    expect(screen.getByText(/Its drill log goes with it\.$/)).toBeInTheDocument();

    rerender(<ShareButton scenario={{ ...small, drillLog: { drills: noisy } }} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`With its drill log of 1,000 drills, this scenario needs a link of`);
    expect(alert).toHaveTextContent(
      `more than the ${MAX_SHARE_LINK_CHARS.toLocaleString('en-US')} a share link can hold`,
    );
    expect(screen.queryByLabelText('Share link')).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Copy a link without the drill log' }));
    const without = (await screen.findByLabelText('Share link')) as HTMLInputElement;
    const decoded = decodeShareLink(without.value.slice(without.value.indexOf('#')));
    expect(decoded.ok && decoded.scenario.drillLog.drills).toEqual([]);
    expect(screen.queryByText(/Its drill log goes with it/)).toBeNull();
  });
});

describe('the calibration the app computes', () => {
  it('is computed once for a scenario and its preview copy, and equals the model’s', () => {
    const scenario = { ...small, drillLog: { drills: tenDrills } };
    const preview = { ...scenario, simulation: { ...scenario.simulation, trials: 1000 } };
    const full = calibrationOf(scenario);
    expect(calibrationOf(scenario)).toBe(full);
    const shared = calibrationOf(preview);
    expect(shared.scenario).toEqual({ ...preview, calibrated: full.scenario.calibrated });
    expect(shared).toEqual({ ...calibrate(preview), scenario: shared.scenario });
    expect(
      calibrationOf({ ...scenario, simulation: { ...scenario.simulation, seed: 4 } }).scenario.simulation
        .seed,
    ).toBe(4);
  });
});
