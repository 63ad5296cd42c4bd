// Decision points of the cloud domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import primaryPlatform from './primary-platform.js';

export const POINTS: DecisionPoint[] = [primaryPlatform];
