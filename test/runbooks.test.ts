import { describe, expect, it } from 'vitest';
import { figureById, figureUrls, FIGURES, TECHNOLOGIES } from '../models/catalogue/index';
import {
  GENERIC,
  RUNBOOKS,
  runbookFor,
  SINGLE_NODE,
  TRAFFIC_STEPS,
  type Runbook,
  type RunbookStep,
} from '../models/catalogue/runbooks/index';
import { TRAFFIC_LAYERS } from '../models/catalogue/index';
import { SCOPE_IDS } from '../models/types';

const PARTS = [
  'preconditions',
  'goNoGo',
  'failover',
  'switchover',
  'regional',
  'verification',
  'failback',
  'monitoring',
] as const;

function steps(r: Runbook): RunbookStep[] {
  return PARTS.flatMap((part) => r[part]);
}

describe('runbooks', () => {
  it('give every technology preset of the catalogue exactly one runbook', () => {
    for (const preset of TECHNOLOGIES) {
      const owners = RUNBOOKS.filter((r) => r.presets.includes(preset.id));
      expect(
        owners.map((r) => r.id),
        preset.id,
      ).toHaveLength(1);
      expect(runbookFor(preset)).toBe(owners[0]);
    }
    for (const r of RUNBOOKS)
      for (const id of r.presets)
        expect(
          TECHNOLOGIES.some((t) => t.id === id),
          id,
        ).toBe(true);
    expect(runbookFor(undefined)).toBe(SINGLE_NODE);
  });

  it('cite a listed source, with an address, for every step and drill of a vendor runbook', () => {
    for (const r of [...RUNBOOKS, SINGLE_NODE]) {
      for (const s of steps(r)) {
        expect(s.sources.length, `${r.id}: ${s.action}`).toBeGreaterThan(0);
        for (const id of s.sources) {
          const figure = figureById(id);
          expect(figure, `${r.id} cites ${id}`).toBeDefined();
          expect(figureUrls(figure!).length, id).toBeGreaterThan(0);
        }
      }
      for (const scope of SCOPE_IDS) {
        const d = r.drills[scope];
        if ('sources' in d)
          for (const id of d.sources) expect(figureById(id), `${r.id} drill ${scope}`).toBeDefined();
      }
    }
  });

  it('put a command only where the vendor documents one, and none in the generic runbooks', () => {
    for (const r of [GENERIC, SINGLE_NODE]) {
      expect(r.generic).toBe(true);
      for (const s of steps(r)) expect(s.command, s.action).toBeUndefined();
    }
    for (const r of RUNBOOKS.filter((x) => !x.generic)) {
      for (const s of steps(r).filter((x) => x.command)) {
        // A command cites at least one documented procedure or the figure it comes from.
        expect(
          s.sources.some((id) => figureById(id)!.kind === 'procedure' || id.startsWith('CRDB')),
          s.command,
        ).toBe(true);
      }
    }
  });

  it('name the commands of the vendor documentation', () => {
    const commands = RUNBOOKS.flatMap((r) => steps(r).map((s) => s.command ?? '')).join('\n');
    for (const expected of [
      'patronictl -c <patroni.yml> switchover',
      'patronictl -c <patroni.yml> failover',
      'aws rds failover-db-cluster',
      'aws rds switchover-global-cluster',
      'aws rds failover-global-cluster',
      'gcloud sql instances failover',
      '"failoverMode": "ForcedFailover"',
      'yb-admin',
      'cockroach node drain',
    ])
      expect(commands).toContain(expected);
  });

  it('give Aurora no volume to detach in its drills', () => {
    const aurora = runbookFor(TECHNOLOGIES.find((t) => t.id === 'aurora-postgresql'));
    expect(aurora.id).toBe('aurora');
    expect('notPossible' in aurora.drills.storage).toBe(true);
    for (const scope of SCOPE_IDS) {
      const d = aurora.drills[scope];
      if ('action' in d) expect(d.action).not.toMatch(/detach|volume/i);
    }
    expect(JSON.stringify(aurora)).not.toMatch(/election, lock or lease/);
  });

  it('know what people do on every traffic layer', () => {
    for (const layer of TRAFFIC_LAYERS) expect(TRAFFIC_STEPS[layer.id]?.length, layer.id).toBeGreaterThan(0);
  });
});

describe('source addresses', () => {
  it('give every figure of the catalogue at least one https address', () => {
    for (const f of FIGURES) {
      const urls = figureUrls(f);
      expect(urls.length, f.id).toBeGreaterThan(0);
      for (const url of urls) expect(url, f.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
    }
  });
});
