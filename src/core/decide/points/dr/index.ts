// Decision points of the disaster-recovery domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import strategyTier from './strategy-tier.js';
import backupLocation from './backup-location.js';
import failover from './failover.js';
import testing from './testing.js';

export const POINTS: DecisionPoint[] = [strategyTier, backupLocation, failover, testing];
