// The explicit, ordered list of decision points: domain by domain, each domain's index lists its files.
import type { DecisionPoint } from './define-point.js';
import { POINTS as cloud } from './points/cloud/index.js';
import { POINTS as network } from './points/network/index.js';
import { POINTS as compute } from './points/compute/index.js';
import { POINTS as data } from './points/data/index.js';
import { POINTS as security } from './points/security/index.js';
import { POINTS as observability } from './points/observability/index.js';
import { POINTS as cicd } from './points/cicd/index.js';
import { POINTS as dr } from './points/dr/index.js';
import { POINTS as cost } from './points/cost/index.js';
import { POINTS as environments } from './points/environments/index.js';
import { POINTS as evolution } from './points/evolution/index.js';
import { POINTS as collaboration } from './points/collaboration/index.js';

export const POINTS: readonly DecisionPoint[] = [
  ...cloud,
  ...network,
  ...compute,
  ...data,
  ...security,
  ...observability,
  ...cicd,
  ...dr,
  ...cost,
  ...environments,
  ...evolution,
  ...collaboration,
];

const BY_ID = new Map(POINTS.map((p) => [p.meta.id as string, p]));

/** The point with this id (a map lookup: render and review ask it once per decision and requirement). */
export function findPoint(id: string): DecisionPoint | undefined {
  return BY_ID.get(id);
}
