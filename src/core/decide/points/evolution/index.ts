// Decision points of the evolution domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';

export const POINTS: DecisionPoint[] = [];
