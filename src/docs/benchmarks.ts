/**
 * docs/benchmarks.md: the benchmark catalogue as a document. Every sourced figure (value, source, date,
 * confidence, kind), then what the engine draws from them: recovery without failover, each technology
 * preset's phases, replication lag, costs and maintenance, and each traffic layer, with the figures each
 * value rests on and whether it is an assumption. Written from the catalogue itself, so it cannot disagree
 * with what the app simulates.
 */
import { BENCHMARK_SETS, FIGURES, TECHNOLOGIES, TRAFFIC_LAYERS } from '../../models/catalogue/index';
import { patternName } from '../../models/patterns';
import { CONFIDENCE_MEANING, KIND_MEANING } from '../../models/sources';
import type {
  BenchmarkSet,
  Confidence,
  FigureKind,
  Maintenance,
  OneOffEffort,
  PatternId,
  PresetCost,
  SourcedDist,
  TechnologyPreset,
  TechnologySlot,
} from '../../models/types';
import { formatAssumption } from '../format/assumptions';
import { formatDist } from '../format/index';
import { figureUrls } from '../../models/catalogue/index';
import { cell, generatedNote, linkAddresses, table } from './markdown';

const CONFIDENCES: readonly Confidence[] = ['V-src', 'V-doc', 'V-copy', '2nd', 'UNVERIFIED', 'assumption'];
const KINDS: readonly FigureKind[] = ['claim', 'default', 'measurement', 'model', 'survey', 'procedure'];

const SLOT_PATTERN: Readonly<Record<TechnologySlot, PatternId>> = {
  activePassiveAsync: 'active-passive-async',
  activePassiveSync: 'active-passive-sync',
  activePassiveDr: 'active-passive-dr',
  activeActive: 'active-active',
};

const RECOVERY_LABELS: Readonly<Record<keyof BenchmarkSet['recovery'], string>> = {
  nodeRestart: 'Single node: restart or host replacement after a crash',
  storageRestore: 'Restore of the volume from backup',
  networkPartition: 'A network partition that heals on its own',
  zoneRebuild: 'Rebuild in another zone from the off-site backup',
  regionRebuild: 'Rebuild in another region from the off-site backup',
  manualFailover: 'A person promoting the standby by hand',
};

/** Where a value comes from: the figures it rests on, and whether it is an assumption. */
function basis(figures: readonly string[], assumption: boolean): string {
  const cited = figures.length > 0 ? figures.join(', ') : 'no figure';
  return assumption ? `assumption (anchored on ${cited})` : `sourced: ${cited}`;
}

function distRow(label: string, value: SourcedDist): string[] {
  return [
    cell(label),
    cell(formatDist(value.dist)),
    cell(basis(value.figures, value.assumption)),
    cell(value.note ?? ''),
  ];
}

const DIST_HEADER = ['Step', 'Value (seconds of time, or of writes for a lag)', 'Basis', 'Note'];

function costRows(c: PresetCost, m: Maintenance, o: OneOffEffort): string[][] {
  const per = c.per === undefined ? '' : ` (per ${c.per === 'replica' ? 'data replica' : 'region'})`;
  const units = formatAssumption({ kind: 'units', units: c });
  return [
    [
      cell(`Monthly cost: what is billed${per}`),
      cell(units),
      cell(basis(c.figures, c.assumption)),
      cell(c.note),
    ],
    [
      cell('Planned maintenance'),
      cell(
        formatAssumption({
          kind: 'maintenance',
          eventsPerYear: m.eventsPerYear,
          secondsPerEvent: m.secondsPerEvent,
        }),
      ),
      cell(basis(m.figures, m.assumption)),
      cell(m.note),
    ],
    [
      cell('One-off effort'),
      cell(formatAssumption({ kind: 'effort', days: o.days })),
      cell(basis(o.figures, o.assumption)),
      cell(o.note),
    ],
  ];
}

function presetLines(preset: TechnologyPreset, number: string): string[] {
  const rows = [
    distRow('Detection', preset.detection),
    distRow('Decision (election, lock or lease)', preset.decision),
    distRow('Promotion', preset.promotion),
  ];
  if (preset.replicationLag) rows.push(distRow('Replication lag at the failure', preset.replicationLag));
  const region = preset.crossRegion;
  if (region) {
    if (region.detection) rows.push(distRow('Region lost: detection', region.detection));
    rows.push(distRow(`Region lost: decision (${region.decidedBy})`, region.decision));
    rows.push(distRow('Region lost: promotion', region.promotion));
    if (region.scaleUp) rows.push(distRow('Region lost: scale-up', region.scaleUp));
    if (region.replicationLag) rows.push(distRow('Region lost: writes lost', region.replicationLag));
  }
  rows.push(...costRows(preset.cost, preset.maintenance, preset.oneOff));
  const settings = Object.entries(preset.settings).map(([key, value]) => `${key} = ${value}`);
  const facts = [
    `- Architecture: ${patternName(SLOT_PATTERN[preset.slot])}`,
    `- Replication within the region: ${preset.replication}`,
  ];
  if (region) facts.push(`- Across regions: ${region.replication}, started by ${region.decidedBy}`);
  if (preset.topology) {
    const t = preset.topology;
    facts.push(
      `- Default topology: ${t.activeActiveRegions} regions, replication factor ${t.replicationFactor}` +
        (t.witnessRegion ? ', and a witness region' : ''),
    );
  }
  if (settings.length > 0) facts.push(`- Settings the figures assume: ${settings.join('; ')}`);
  return [
    '',
    `### ${number} ${preset.name}`,
    '',
    `\`${preset.id}\`: ${preset.summary}`,
    '',
    ...facts,
    '',
    ...table(DIST_HEADER, rows),
  ];
}

export function benchmarksDocument(): string {
  const lines: string[] = [
    generatedNote('the catalogue in models/catalogue/ and models/sources.ts'),
    '',
    '# Benchmark catalogue',
    '',
    'Every figure the planner’s timings, losses and costs rest on, with its source, and every value the',
    'simulation draws from them. A value is either sourced (read in the figures named) or an assumption',
    '(a choice of ours, anchored on the figures named); the app labels assumptions the same way. Sources',
    'are recorded as read: a document’s title, an address, or both.',
    '',
    '## 1. Figures',
  ];

  lines.push('', '### 1.1 What the labels mean', '', 'Confidence: how the figure was read.', '');
  lines.push(
    ...table(
      ['Confidence', 'Meaning'],
      CONFIDENCES.map((c) => [c, cell(CONFIDENCE_MEANING[c])]),
    ),
  );
  lines.push('', 'Kind: what sort of statement the figure is.', '');
  lines.push(
    ...table(
      ['Kind', 'Meaning'],
      KINDS.map((k) => [k, cell(KIND_MEANING[k])]),
    ),
  );

  lines.push('', `### 1.2 The ${FIGURES.length} figures`, '');
  lines.push(
    ...table(
      [
        'ID',
        'Subject',
        'Value (as quoted, with its unit)',
        'Source',
        'Date or version',
        'Confidence',
        'Kind',
        'Note',
      ],
      FIGURES.map((f) => [
        f.id,
        cell(f.subject),
        cell(f.value),
        cell(linkAddresses([f.source, ...figureUrls(f).filter((u) => !f.source.includes(u))].join(' '))),
        cell(f.date ?? ''),
        f.confidence,
        f.kind,
        cell(f.note ?? ''),
      ]),
    ),
  );

  lines.push('', '## 2. Benchmark sets');
  Object.values(BENCHMARK_SETS).forEach((set, i) => {
    const defaults = Object.entries(set.defaults).map(([slot, id]) => `${slot}: \`${id}\``);
    lines.push('', `### 2.${i + 1} ${set.name}`, '', `\`${set.id}\`: ${set.summary}`, '');
    lines.push(`- Technology presets: ${set.technologies.length}`, `- Defaults: ${defaults.join('; ')}`);
  });

  lines.push(
    '',
    '## 3. Recovery without failover',
    '',
    'Pure repair times, the same in both sets; where a person must act, the engine adds the alert latency',
    'and the human response of the scenario itself.',
    '',
  );
  const recovery = BENCHMARK_SETS.sourced.recovery;
  lines.push(
    ...table(
      DIST_HEADER,
      (Object.keys(RECOVERY_LABELS) as (keyof BenchmarkSet['recovery'])[]).map((key) =>
        distRow(RECOVERY_LABELS[key], recovery[key]),
      ),
    ),
  );
  const single = BENCHMARK_SETS.sourced.singleNode;
  lines.push('', 'The single node, the baseline every cost is compared with:', '');
  lines.push(...table(DIST_HEADER, costRows(single.cost, single.maintenance, single.oneOff)));

  lines.push('', '## 4. Technology presets');
  TECHNOLOGIES.forEach((preset, i) => lines.push(...presetLines(preset, `4.${i + 1}`)));

  lines.push(
    '',
    '## 5. Traffic layers',
    '',
    'After a failover, a health check marks the old target down (its interval and threshold are the',
    'scenario’s), then the layer’s extra time below, then, for a DNS-based layer, the time cached records',
    'take to expire.',
    '',
  );
  lines.push(
    ...table(
      ['Layer', 'Extra time after the check', 'Waits for DNS caches', 'Basis', 'Note'],
      TRAFFIC_LAYERS.map((layer) => [
        cell(`${layer.name} (\`${layer.id}\`)`),
        cell(formatDist(layer.extra.dist)),
        layer.usesDnsTtl ? 'yes' : 'no',
        cell(basis(layer.extra.figures, layer.extra.assumption)),
        cell([layer.summary, layer.extra.note ?? ''].filter(Boolean).join(' ')),
      ]),
    ),
  );
  return `${lines.join('\n')}\n`;
}
