import { lazy, memo, Suspense } from 'react';
import type { SimulationResult } from '../../models/types';
import { formatCount } from '../format';
import { LazyDetails } from './LazyDetails';

// The model's text is long: it loads when the section is first opened.
const MethodologyText = lazy(() => import('./MethodologyText').then((m) => ({ default: m.MethodologyText })));

/** The model in plain words, with the run's trials and seed so any figure can be reproduced. */
export const MethodologyPanel = memo(function MethodologyPanel({
  result,
}: {
  result: SimulationResult | null;
}) {
  return (
    <section className="card methodology" aria-labelledby="methodology-heading">
      <h2 id="methodology-heading">Methodology</h2>
      {result && (
        <p className="note">
          These results: {formatCount(result.trials)} simulated years per pattern, seed {result.seed},
          benchmark set “{result.benchmarkSet}”, {result.converged ? 'converged' : 'not converged'}. The same
          scenario and seed reproduce every figure, here or with{' '}
          <code>npm run simulate -- scenario.json --seed {result.seed}</code>.
        </p>
      )}
      <LazyDetails summary="How the model works">
        <Suspense fallback={<p className="note">Loading the model’s description…</p>}>
          <MethodologyText />
        </Suspense>
      </LazyDetails>
    </section>
  );
});
