// Decision points of the environments domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import layout from './layout.js';
import isolation from './isolation.js';
import previews from './previews.js';
import localDev from './local-dev.js';
import testData from './test-data.js';

export const POINTS: DecisionPoint[] = [layout, isolation, previews, localDev, testData];
