// Decision points of the cloud domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import primaryPlatform from './primary-platform.js';
import strategy from './strategy.js';
import regionStrategy from './region-strategy.js';
import managedServices from './managed-services.js';

export const POINTS: DecisionPoint[] = [primaryPlatform, strategy, regionStrategy, managedServices];
