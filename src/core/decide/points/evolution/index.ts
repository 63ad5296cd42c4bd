// Decision points of the evolution domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import scalingRoadmap from './scaling-roadmap.js';
import migrationPath from './migration-path.js';
import portability from './portability.js';

export const POINTS: DecisionPoint[] = [scalingRoadmap, migrationPath, portability];
