// Decision points of the collaboration domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import ownership from './ownership.js';
import changeManagement from './change-management.js';
import supportModel from './support-model.js';

export const POINTS: DecisionPoint[] = [ownership, changeManagement, supportModel];
