// Decision points of the network domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import topology from './topology.js';
import edge from './edge.js';
import ingress from './ingress.js';
import privateConnectivity from './private-connectivity.js';
import waf from './waf.js';

export const POINTS: DecisionPoint[] = [topology, edge, ingress, privateConnectivity, waf];
