/**
 * The phased plan: six phases from design to go-live, each with the roles that do it, its duration, what
 * it waits for and the milestone that closes it. Durations come from the one-off effort of the recommended
 * architecture (person-days, from the catalogue or the scenario's quote at the day rate), spread over the
 * phases by fixed shares and worked by a team of two engineers: both are assumptions, stated with the plan.
 */
import { patternEconomics } from '../../../models/engine/costs';
import type { Context } from './context';

export interface PlanPhase {
  id: string;
  name: string;
  /** The name without the technology, for the timeline's labels. */
  short: string;
  roles: string;
  /** Weeks, at least half a week. */
  weeks: number;
  /** Phases that must end first. */
  after: string[];
  /** Week it starts, from the start of the work. */
  start: number;
  milestone?: string;
}

/** Engineers working on it full time: turns person-days into calendar weeks. */
export const TEAM_SIZE = 2;

interface Template {
  id: string;
  name: (ctx: Context) => string;
  short: string;
  roles: string;
  share: number;
  after: string[];
  milestone?: string;
}

const TEMPLATE: Template[] = [
  {
    id: 'design',
    short: 'Confirm the inputs and the design',
    name: () => 'Confirm the inputs and the design',
    roles: 'Client sponsor, solution architect',
    share: 0.1,
    after: [],
    milestone: 'Inputs and design signed off',
  },
  {
    id: 'build',
    short: 'Build the data layer',
    name: (ctx) =>
      ctx.preset ? `Build the data layer (${ctx.presetName})` : 'Set up backups and the restore script',
    roles: 'Database operator',
    share: 0.3,
    after: ['design'],
  },
  {
    id: 'traffic',
    short: 'Traffic layer, monitoring, alerting',
    name: (ctx) => `Traffic layer (${ctx.layerName}), monitoring and alerting`,
    roles: 'Platform operator',
    share: 0.15,
    after: ['design'],
  },
  {
    id: 'migrate',
    short: 'Migrate the data',
    name: () => 'Migrate the data and rehearse the cut-over',
    roles: 'Database operator, application owner',
    share: 0.2,
    after: ['build'],
    milestone: 'Data migrated, replicas in sync',
  },
  {
    id: 'drills',
    short: 'Failover drills and acceptance',
    name: () => 'Failover drills and acceptance',
    roles: 'Incident lead, database and platform operators',
    share: 0.15,
    after: ['traffic', 'migrate'],
    milestone: 'Acceptance criteria met',
  },
  {
    id: 'golive',
    short: 'Go-live and handover',
    name: () => 'Go-live and handover',
    roles: 'All, with the client sponsor',
    share: 0.1,
    after: ['drills'],
    milestone: 'Go-live; runbooks handed over',
  },
];

/** Expected person-days of the one-off effort (from a quoted one-off at the day rate when there is one). */
export function effortDays(ctx: Context): number {
  const rate = ctx.scenario.costs.engineerDayRate;
  if (Object.hasOwn(ctx.scenario.costs.oneOff, ctx.rec.id) && rate > 0)
    return ctx.rec.oneOffCost.expected / rate;
  const d = patternEconomics(ctx.scenario, ctx.rec.id).effortDays;
  return (d.low + d.mostLikely + d.high) / 3;
}

/** Half weeks, at least one half. */
const halfWeeks = (weeks: number) => Math.max(0.5, Math.round(weeks * 2) / 2);

export function planPhases(ctx: Context): PlanPhase[] {
  // With nothing to build (a single node), each phase still takes its shortest time.
  const days = effortDays(ctx);
  const out: PlanPhase[] = [];
  for (const t of TEMPLATE) {
    const weeks = halfWeeks((t.share * days) / TEAM_SIZE / 5);
    const start = Math.max(
      0,
      ...t.after.map((id) => {
        const p = out.find((x) => x.id === id)!;
        return p.start + p.weeks;
      }),
    );
    out.push({
      id: t.id,
      name: t.name(ctx),
      short: ctx.preset || t.id !== 'build' ? t.short : 'Backups and restore script',
      roles: t.roles,
      weeks,
      after: t.after,
      start,
      ...(t.milestone ? { milestone: t.milestone } : {}),
    });
  }
  return out;
}

/** Weeks from the start to go-live. */
export function planWeeks(phases: readonly PlanPhase[]): number {
  return Math.max(...phases.map((p) => p.start + p.weeks));
}
