// What an option means, as typed values: later stages read these, never an option's title or id.
import type { InfraModel } from '../types.js';
import type { SecretStore } from '../knowledge/types.js';

/** A disaster-recovery tier, cheapest first. */
export type DrTierId = 'none' | 'backup-restore' | 'pilot-light' | 'warm-standby' | 'active-active';
/** An environment stage a layout creates. */
export type StageId = 'dev' | 'test' | 'qa' | 'staging' | 'prod';
export type DataKind = InfraModel['dataStores'][number]['kind'];
/** Where a service runs relative to the team: it decides which subnet or zone it is drawn in. */
export type Hosting = 'managed-regional' | 'saas' | 'platform' | 'self-hosted' | 'embedded' | 'serverless';
export type Scaling = 'autoscale' | 'scale-to-zero' | 'fixed' | 'scheduled';
export type RegionLayout = 'single-zone' | 'multi-zone' | 'multi-region-passive' | 'multi-region-active';

export interface OptionAttributes {
  /** The option adds no component ("none", "not yet", "in process"). */
  none?: boolean;
  tier?: DrTierId;
  stages?: StageId[];
  /** Per-change preview environments exist. */
  previews?: boolean;
  componentKind?: DataKind;
  scaling?: Scaling;
  /** A named person approves each production release. */
  approvalGate?: boolean;
  /** Database or broker engine, as a technology id. */
  engine?: string;
  hosting?: Hosting;
  regions?: RegionLayout;
  /** Each jurisdiction gets a cell of its own: every further region the inputs name is a primary, not a standby. */
  cellPerJurisdiction?: boolean;
  /** Backups leave the primary region. */
  crossRegionBackup?: boolean;
  /** Backups restore to any point in time (RPO in minutes). */
  pointInTime?: boolean;
  /** Relative operating effort beyond `complexity`: a heavyweight self-run service (Vault, a Grafana stack, Argo CD). */
  heavyweight?: boolean;
  /** What kind of store keeps the credentials: a secrets manager, platform variables or encrypted files. */
  secretStore?: SecretStore;
  /** Unit prices (knowledge/prices.yaml names) choosing the option adds to the bill: a NAT gateway, a load balancer, a web ACL. */
  charges?: string[];
}

/** Attributes a Decision carries for its chosen option; empty when the option states none. */
export const NO_ATTRIBUTES: Readonly<OptionAttributes> = Object.freeze({});
