import { costLine, totalAtDowntimeCost, type CostLine } from '../../../models/engine/breakEven';
import type { PatternId, PatternResult, Scenario, SimulationResult } from '../../../models/types';
import { decadeFloor, logStops, sortedUnique, stepCeil, stepFloor } from './logAxis';
import { type SeriesInfo, seriesInfo } from './series';

/**
 * A point of a pattern's line: downtime cost (currency per minute) → expected annual total (per year), the
 * one-off cost spread over the horizon.
 */
export interface CostPoint {
  x: number;
  y: number;
}

export interface BreakEvenLine extends SeriesInfo {
  points: CostPoint[];
}

/** Where two patterns cost the same per year. */
export interface Crossing {
  from: PatternId;
  to: PatternId;
  fromName: string;
  toName: string;
  /** Downtime cost, currency per minute. */
  x: number;
  /** Expected annual total of both patterns there, currency per year. */
  y: number;
}

export interface BreakEvenData {
  currency: string;
  /** x domain, currency per minute: from 0. */
  domain: [number, number];
  /**
   * Constant of the symmetric-log x scale, currency per minute: linear below it, logarithmic above.
   * Break-even costs sit near zero next to a scenario cost in the thousands; a linear axis would
   * stack every crossing against its left edge.
   */
  symlogConstant: number;
  lines: BreakEvenLine[];
  crossings: Crossing[];
  /** The scenario's own downtime cost, currency per minute, and each pattern's total there. */
  scenarioCost: number;
  atScenarioCost: { id: PatternId; y: number }[];
  /** Largest y of any line, currency per year. */
  yMax: number;
  /**
   * y axis, currency per year. Logarithmic when every total is positive and they span more than ten
   * times: the single-node line climbs steeply and would otherwise flatten the others, and the crossings,
   * against the bottom of the chart.
   */
  yScale: 'log' | 'linear';
  yDomain: [number, number];
  /** Keyboard / pointer stops: x (currency per minute) and each pattern's total there. */
  probes: { x: number; values: { id: PatternId; y: number }[] }[];
}

/** Points per line: enough for the lines (curved on the symlog axis) to look smooth. */
export const LINE_SAMPLES = 80;

/** x range: three times the scenario's cost, or half again beyond the last crossing, whichever is wider. */
export function breakEvenRange(result: SimulationResult, scenario: Scenario): number {
  const costs = result.breakEven.map((b) => b.downtimeCostPerMinute).filter((c): c is number => c !== null);
  const wanted = Math.max(3 * scenario.business.downtimeCostPerMinute, 1.5 * Math.max(0, ...costs));
  return wanted > 0 ? wanted : 100; // nothing to go by: a small range rather than an empty one
}

/** Expected annual total against downtime cost for each pattern, with the break-even crossings. */
export function breakEvenData(result: SimulationResult, scenario: Scenario): BreakEvenData {
  const xMax = breakEvenRange(result, scenario);
  const constant = Math.max(1, decadeFloor(xMax) / 1000);
  const scenarioCost = scenario.business.downtimeCostPerMinute;
  const byId = new Map<PatternId, PatternResult>(result.patterns.map((p) => [p.id, p]));
  const lineOf = new Map<PatternId, CostLine>(
    result.patterns.map((p) => [
      p.id,
      costLine(p, scenario.horizonYears, scenario.business.plannedWindowFactor),
    ]),
  );
  const total = (p: PatternResult, x: number) => totalAtDowntimeCost(lineOf.get(p.id)!, x);

  const crossings: Crossing[] = [];
  for (const b of result.breakEven) {
    const from = byId.get(b.from);
    const to = byId.get(b.to);
    const c = b.downtimeCostPerMinute;
    if (c === null || c < 0 || c > xMax || !from || !to) continue;
    const fromInfo = seriesInfo(result, from);
    const toInfo = seriesInfo(result, to);
    const y = total(from, c);
    crossings.push({ from: b.from, to: b.to, fromName: fromInfo.name, toName: toInfo.name, x: c, y });
  }
  crossings.sort((a, b) => a.x - b.x);

  // Even steps on the symlog scale (x = k·(e^t − 1)), plus the marked costs so lines pass through marks.
  const span = Math.log1p(xMax / constant);
  const samples = Array.from({ length: LINE_SAMPLES }, (_, i) =>
    i === LINE_SAMPLES - 1 ? xMax : constant * Math.expm1((span * i) / (LINE_SAMPLES - 1)),
  );
  const inRange = (x: number) => x >= 0 && x <= xMax;
  const marked = [scenarioCost, ...crossings.map((c) => c.x)].filter(inRange);
  const xs = sortedUnique([...samples, ...marked]);

  const lines = result.patterns.map((pattern): BreakEvenLine => ({
    ...seriesInfo(result, pattern),
    points: xs.map((x) => ({ x, y: total(pattern, x) })),
  }));
  const ys = lines.flatMap((l) => l.points.map((p) => p.y));
  const yMax = Math.max(0, ...ys);
  const yMin = Math.min(...ys);
  const yLog = yMin > 0 && yMax >= 10 * yMin;
  const valuesAt = (x: number) => result.patterns.map((p) => ({ id: p.id, y: total(p, x) }));
  const stops = sortedUnique([0, ...logStops(constant, xMax), ...marked, xMax]);
  return {
    currency: scenario.currency,
    domain: [0, xMax],
    symlogConstant: constant,
    lines,
    crossings,
    scenarioCost,
    atScenarioCost: valuesAt(scenarioCost),
    yMax,
    yScale: yLog ? 'log' : 'linear',
    yDomain: yLog ? [stepFloor(yMin), stepCeil(yMax)] : [0, yMax > 0 ? yMax : 1],
    probes: stops.map((x) => ({ x, values: valuesAt(x) })),
  };
}
