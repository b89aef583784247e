/**
 * The methodology: how the numbers were produced, in the app's own words, and the facts of this run
 * (simulated years, seed, convergence, benchmark set, app version and date), so the client or a reviewer
 * can reproduce every figure of the proposal with the same scenario and seed.
 */
import { benchmarkSet } from '../../../models/catalogue/index';
import { METHODOLOGY } from '../../../models/methodology';
import { formatCount } from '../../format';
import type { Block, Section } from '../model';
import type { Context } from './context';
import { failoverModelBlocks } from './failoverModel';
import { cleanText, yesNo } from './text';

export function methodologySection(ctx: Context): Section {
  const { result, scenario } = ctx;
  const blocks: Block[] = [];
  for (const part of METHODOLOGY) {
    blocks.push({ kind: 'subheading', text: part.heading });
    for (const text of part.paragraphs) blocks.push({ kind: 'paragraph', text });
  }
  blocks.push({ kind: 'subheading', text: `How the simulation models a failure of ${ctx.recName}` });
  blocks.push(...failoverModelBlocks(ctx));
  blocks.push({ kind: 'subheading', text: 'Cost over the horizon, doing nothing and payback' });
  blocks.push({
    kind: 'paragraph',
    text: `The first page’s table splits each architecture’s expected total over ${scenario.horizonYears} years into infrastructure (12 × years × the expected monthly cost; the range from the least and greatest monthly cost), the one-off cost (its least, most likely and greatest values), and expected losses (years × the expected downtime, data-loss and planned-maintenance cost a year); the three add up to the expected total. “Doing nothing” is the single node. The payback is the recommended architecture’s one-off cost divided by what it saves a year against the single node in infrastructure, maintenance and expected losses; when it saves nothing, it does not pay back and the page says what it costs a year instead.`,
  });
  blocks.push({ kind: 'subheading', text: 'This run' });
  blocks.push({
    kind: 'keyValue',
    items: [
      { key: 'Simulated years per architecture', value: formatCount(result.trials) },
      { key: 'Seed', value: String(result.seed) },
      {
        key: 'Converged',
        value: result.converged
          ? `${yesNo(true)}: every 95% interval of the expected annual total is within 1% of it`
          : `${yesNo(false)}: see each architecture’s 95% interval; more trials would narrow it`,
      },
      { key: 'Benchmark set', value: benchmarkSet(result.benchmarkSet).name },
      { key: 'Scenario', value: cleanText(scenario.name, 120) },
      { key: 'App version', value: `HA Planner ${ctx.appVersion}` },
      { key: 'Date', value: ctx.date },
    ],
  });
  blocks.push({
    kind: 'paragraph',
    tone: 'muted',
    text: 'The same scenario and seed give the same numbers in the app, the command line and this proposal.',
  });
  return { id: 'methodology', heading: 'Methodology', blocks, appendix: true };
}
