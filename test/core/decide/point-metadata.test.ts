// A decision point is one unit of change: its ADR flag, check, traceability and model contribution live in its own file.
import { describe, expect, it } from 'vitest';
import { POINTS } from '../../../src/core/decide/registry.js';

const ids = (f: (p: (typeof POINTS)[number]) => boolean) => POINTS.filter(f).map((p) => p.meta.id);

describe('decision point metadata', () => {
  it('gives every point a runnable check, on the point or on each of its options', () => {
    const without = ids((p) => !p.meta.check && p.options.some((o) => !o.check));
    expect(without).toEqual([]);
  });

  it('declares which points add a data store or an external service to the model', () => {
    expect(ids((p) => p.meta.contributes === 'data-store')).toEqual([
      'data.primary-database',
      'data.cache',
      'data.object-storage',
      'data.messaging',
    ]);
    expect(ids((p) => p.meta.contributes === 'external-service')).toEqual([
      'security.identity',
      'observability.metrics',
      'observability.logging',
      'observability.tracing',
      'observability.alerting',
    ]);
  });

  it('traces each requirement kind to at least one point', () => {
    for (const k of [
      'availability',
      'recovery',
      'performance',
      'scalability',
      'security',
      'compliance',
      'cost',
      'operability',
      'region',
      'team',
    ])
      expect(
        ids((p) => !!p.meta.traces?.includes(k as never)),
        k,
      ).not.toEqual([]);
    expect(ids((p) => !!p.meta.traces?.includes('recovery'))).toEqual([
      'data.backup',
      'dr.strategy-tier',
      'dr.backup-location',
      'dr.testing',
    ]);
  });
});
