// From stated scale to load: users → peak concurrent → requests/s, with every ratio that is not stated named.
import { ProfileView } from '../decide/profile-view.js';
import type { Profile } from '../types.js';
import { num } from './format.js';

/** Ratios used when the inputs do not state them (they match ProfileView.requestsPerSecond). */
export const LOAD = {
  /** Share of all users active at the peak. */
  activeShare: 0.1,
  /** An active user sends one request every this many seconds. */
  secondsPerRequest: 10,
  /** Peak rate over the monthly average rate. */
  peakToAverage: 3,
  /** Share of requests that write data. */
  writeShare: 0.2,
  bytesPerWrite: 2048,
  responseBytes: 20 * 1024,
  logBytesPerRequest: 1024,
  /** Average request duration, for function concurrency. */
  requestSeconds: 0.25,
  /** Database connections each compute instance holds. */
  poolPerInstance: 10,
  /** Users assumed when the inputs state no scale at all. */
  defaultUsers: 1000,
};

export const SECONDS_PER_MONTH = 30 * 24 * 3600;

export interface Load {
  /** Total users, when stated or implied. */
  users: number | null;
  peakConcurrent: number;
  peakRps: number;
  /** How the figures were reached, for the reader. */
  basis: string;
  assumed: boolean;
}

/** The project's load at 1x, from the most direct figure the inputs state. */
export function baseLoad(profile: Profile): Load {
  const v = new ProfileView(profile);
  const scale = profile.scale;
  const stated = (k: string) => scale.find((s) => s.kind === k);
  const rps = v.requestsPerSecond();
  const conc = stated('concurrent-users');
  const users = scale.filter((s) => s.kind === 'users').reduce<number | null>((a, s) => (a === null || s.value > a ? s.value : a), null);
  if (rps && !rps.derived) {
    const src = stated('requests-per-second') ?? stated('requests-per-minute') ?? stated('transactions-per-minute');
    return {
      users,
      peakConcurrent: conc?.value ?? rps.value * LOAD.secondsPerRequest,
      peakRps: rps.value,
      basis: `stated rate "${src?.text ?? num(rps.value)}" → ${num(rps.value)} requests/s`,
      assumed: false,
    };
  }
  if (conc) {
    return {
      users,
      peakConcurrent: conc.value,
      peakRps: conc.value / LOAD.secondsPerRequest,
      basis: `${num(conc.value)} concurrent users (stated) × 1 request / ${LOAD.secondsPerRequest} s`,
      assumed: false,
    };
  }
  if (users !== null) {
    const c = users * LOAD.activeShare;
    return {
      users,
      peakConcurrent: c,
      peakRps: c / LOAD.secondsPerRequest,
      basis: `${num(users)} users (stated) × ${LOAD.activeShare * 100} % active at peak × 1 request / ${LOAD.secondsPerRequest} s`,
      assumed: false,
    };
  }
  const c = LOAD.defaultUsers * LOAD.activeShare;
  return {
    users: LOAD.defaultUsers,
    peakConcurrent: c,
    peakRps: c / LOAD.secondsPerRequest,
    basis: `[ASSUMPTION] no scale stated; ${num(LOAD.defaultUsers)} users assumed`,
    assumed: true,
  };
}

export function scaled(load: Load, factor: number): Load {
  return {
    ...load,
    users: load.users === null ? null : load.users * factor,
    peakConcurrent: load.peakConcurrent * factor,
    peakRps: load.peakRps * factor,
  };
}

/** Requests per month at a peak rate, using the peak-to-average ratio. */
export function monthlyRequests(peakRps: number): number {
  return (peakRps / LOAD.peakToAverage) * SECONDS_PER_MONTH;
}

/** Storage added per month by writes, in GB. */
export function storageGrowthGb(peakRps: number): number {
  return (monthlyRequests(peakRps) * LOAD.writeShare * LOAD.bytesPerWrite) / 1e9;
}

/** The stated population at a request rate, scaling linearly from today (users when stated, else concurrent users). */
export function populationAt(rps: number, load: Load): string {
  const x = rps / load.peakRps;
  return load.users !== null ? `~${num(load.users * x)} users` : `~${num(load.peakConcurrent * x)} concurrent users`;
}

/** Load assumptions as lines for a result. */
export function loadAssumptions(load: Load): string[] {
  const a = [
    `Load basis: ${load.basis}.`,
    `Peak-to-average ratio ${LOAD.peakToAverage}; ${LOAD.writeShare * 100} % of requests write ~${LOAD.bytesPerWrite / 1024} KB; ${LOAD.requestSeconds * 1000} ms average request; ${LOAD.poolPerInstance} database connections per instance.`,
  ];
  return a;
}
