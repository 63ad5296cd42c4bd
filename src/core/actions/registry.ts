// The eight advanced actions in the order the workflow numbers them.
import type { ActionId, AdvancedAction } from './action.js';
import { alternatives } from './alternatives.js';
import { costAnalysis } from './cost-analysis.js';
import { finalise } from './finalise.js';
import { integration } from './integration.js';
import { migrationPaths } from './migration-paths.js';
import { reliability } from './reliability.js';
import { securityCompliance } from './security-compliance.js';
import { stressTest } from './stress-test.js';

export const ACTIONS: readonly AdvancedAction[] = [
  alternatives,
  stressTest,
  securityCompliance,
  costAnalysis,
  reliability,
  integration,
  migrationPaths,
  finalise,
];

/** By id or by number ("2" or 2). */
export function findAction(key: string | number): AdvancedAction | undefined {
  const s = String(key);
  return ACTIONS.find((a) => a.meta.id === s || String(a.meta.number) === s);
}

export function actionIds(): ActionId[] {
  return ACTIONS.map((a) => a.meta.id);
}
