// Decision points of the compute domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import runtime from './runtime.js';
import scaling from './scaling.js';
import backgroundJobs from './background-jobs.js';
import containerRegistry from './container-registry.js';
import companionService from './companion-service.js';

export const POINTS: DecisionPoint[] = [runtime, scaling, backgroundJobs, containerRegistry, companionService];
