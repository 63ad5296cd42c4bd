// Sizing from the stated load and a non-overlapping address plan per environment.
import { describe, expect, it } from 'vitest';
import { addressPlan, capacityPlan, peakLoad, productionSize, unitSizes } from '../../../src/core/model/capacity-plan.js';
import { env, makeModel, unit } from '../../helpers/make-model.js';
import { makeProfile } from '../../helpers/make-profile.js';

describe('capacity plan', () => {
  it('takes requests per second when stated, else derives it from concurrent users', () => {
    const rps = makeProfile({ scale: [{ kind: 'requests-per-second', value: 300, text: '300 rps', evidence: [] }] });
    expect(peakLoad(rps)?.rps).toBe(300);
    expect(peakLoad(makeProfile({ concurrentUsers: 1000 }))?.rps).toBe(200);
    expect(peakLoad(makeProfile())).toBeNull();
  });

  it('sizes long-running units for twice the peak, at least two in production, and leaves functions out', () => {
    const compute = [unit('api', 'ecs'), unit('jobs', 'ecs', { role: 'worker' }), unit('fn', 'aws-lambda')];
    const sizes = unitSizes(compute, { rps: 300, basis: '' });
    expect(sizes.map((s) => s.id)).toEqual(['api', 'jobs']);
    expect(sizes.map((s) => s.production)).toEqual([
      { min: 2, max: 12 },
      { min: 1, max: 6 },
    ]);
    expect(productionSize(sizes[0], true)).toBe('2–12 × 1 vCPU / 2 GB');
    expect(productionSize(sizes[1], true)).toMatch(/^1–6 × .*queue depth$/);
  });

  it('without a stated load, production keeps the zone-redundant minimum and says a load test sets the limit', () => {
    const plan = capacityPlan(makeProfile(), [unit('api', 'ecs')]);
    expect(plan.peakRps).toBeNull();
    expect(plan.units[0].production).toEqual({ min: 2, max: 2 });
    expect(productionSize(plan.units[0], false)).toMatch(/until a load test/);
  });

  it('gives each shared environment its own /16 and no two subnets overlap', () => {
    const m = makeModel({ environments: [env('local'), env('dev', 'staging'), env('staging', 'prod'), env('prod')] });
    const plan = addressPlan(m);
    expect(plan.map((p) => p.cidr)).toEqual(['10.0.0.0/16', '10.16.0.0/16', '10.32.0.0/16']);
    const subnets = plan.flatMap((p) => [p.publicSubnets, p.privateSubnets, p.dataSubnets].join(', ').split(', '));
    const range = (c: string) => {
      const [ip, bits] = c.split('/');
      const n = ip.split('.').reduce((a, x) => a * 256 + Number(x), 0);
      return [n, n + 2 ** (32 - Number(bits)) - 1];
    };
    const rs = subnets.map(range).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < rs.length; i++) expect(rs[i][0]).toBeGreaterThan(rs[i - 1][1]);
  });
});
