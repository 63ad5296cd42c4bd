// Sizing per compute unit and per environment from the stated load, and an address plan when a virtual network is chosen.
import type { InfraModel, Profile } from '../types.js';
import { techInfo } from './tech-catalog.js';
import { groupThousands } from '../actions/format.js';

/**
 * Planning figures, stated in the document wherever they are used so a reader can replace them:
 * one active user sends a request every five seconds; one instance of 1 vCPU / 2 GB serves 50 requests
 * per second of a typical API; production keeps twice the peak as headroom and two instances for zone redundancy.
 */
export const PLAN = { requestsPerActiveUser: 0.2, requestsPerInstance: 50, headroom: 2, minProduction: 2 } as const;

type Capacity = NonNullable<InfraModel['capacity']>;
export type UnitSize = Capacity['units'][number];

const thousands = (n: number) => groupThousands(String(Math.round(n)));

export interface PeakLoad {
  rps: number;
  /** How the figure was reached, for the document. */
  basis: string;
}

/** Peak requests per second from the inputs: stated directly, per minute, or from concurrent users. */
export function peakLoad(pr: Profile): PeakLoad | null {
  const top = (k: string) => pr.scale.filter((s) => s.kind === k).sort((a, b) => b.value - a.value)[0];
  const rps = top('requests-per-second');
  if (rps) return { rps: rps.value, basis: `${thousands(rps.value)} requests per second stated` };
  const rpm = top('requests-per-minute') ?? top('transactions-per-minute');
  if (rpm) return { rps: Math.max(1, Math.ceil(rpm.value / 60)), basis: `${thousands(rpm.value)} per minute stated` };
  const cu = top('concurrent-users');
  if (cu)
    return {
      rps: Math.max(1, Math.ceil(cu.value * PLAN.requestsPerActiveUser)),
      basis: `${thousands(cu.value)} concurrent users stated, at one request per user every 5 s`,
    };
  return null;
}

/** The units that run all the time and so are sized in instances; functions and edge units scale per request. */
export function sizedUnits(compute: InfraModel['compute']): InfraModel['compute'] {
  return compute.filter(
    (c) =>
      c.role !== 'edge' &&
      c.role !== 'frontend' &&
      !['function', 'edge-compute', 'cdn', 'static-host'].includes(techInfo(c.tech)?.role ?? ''),
  );
}

/** Instance counts for the long-running units: production from the peak, staging one full-size, development one half-size. */
export function unitSizes(compute: InfraModel['compute'], load: PeakLoad | null): UnitSize[] {
  return sizedUnits(compute).map((c) => {
    const worker = c.role === 'worker';
    const max = load ? Math.max(PLAN.minProduction, Math.ceil((load.rps * PLAN.headroom) / PLAN.requestsPerInstance)) : null;
    const production = worker
      ? { min: 1, max: max ? Math.max(2, Math.ceil(max / 2)) : 2 }
      : { min: PLAN.minProduction, max: max ?? PLAN.minProduction };
    return {
      id: c.id,
      name: c.name,
      vcpu: 1,
      memoryGb: 2,
      production,
      scaledOn: worker ? 'queue depth' : 'requests',
      staging: { count: 1, vcpu: 1, memoryGb: 2 },
      development: { count: 1, vcpu: 0.5, memoryGb: 1 },
    };
  });
}

/** The capacity plan the model carries: the peak it was sized for and each unit's instances per environment. */
export function capacityPlan(profile: Profile, compute: InfraModel['compute']): Capacity {
  const load = peakLoad(profile);
  return { peakRps: load?.rps ?? null, basis: load?.basis ?? null, units: unitSizes(compute, load) };
}

/** A unit's production size in words: "2–5 × 1 vCPU / 2 GB", a worker "scaled on queue depth". */
export function productionSize(u: UnitSize, loadStated: boolean): string {
  const { min, max } = u.production;
  const n = min === max ? `${min}` : `${min}–${max}`;
  const size = `${n} × ${u.vcpu} vCPU / ${u.memoryGb} GB`;
  if (u.scaledOn === 'queue depth') return `${size}, scaled on queue depth`;
  return loadStated ? size : `${size} until a load test sets the limit`;
}

export const envSize = (s: UnitSize['staging']) => `${s.count} × ${s.vcpu} vCPU / ${s.memoryGb} GB`;

export interface SubnetPlan {
  environment: string;
  cidr: string;
  publicSubnets: string;
  privateSubnets: string;
  dataSubnets: string;
}

/** One /16 per shared environment, three zones each: public /24s, private /20s, data /24s; never overlapping, so peering stays possible. */
export function addressPlan(m: InfraModel): SubnetPlan[] {
  const envs = m.environments.filter((e) => e.id !== 'local' && e.id !== 'preview');
  return envs.map((e, i) => {
    const b = `10.${i * 16}`;
    return {
      environment: e.name,
      cidr: `${b}.0.0/16`,
      publicSubnets: [0, 1, 2].map((z) => `${b}.${z}.0/24`).join(', '),
      privateSubnets: [0, 1, 2].map((z) => `${b}.${16 + z * 16}.0/20`).join(', '),
      dataSubnets: [0, 1, 2].map((z) => `${b}.${64 + z}.0/24`).join(', '),
    };
  });
}
