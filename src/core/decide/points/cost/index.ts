// Decision points of the cost domain, in the order a session presents them.
import type { DecisionPoint } from '../../define-point.js';
import pricingModel from './pricing-model.js';
import allocation from './allocation.js';
import guardrails from './guardrails.js';
import nonProdSavings from './non-prod-savings.js';

export const POINTS: DecisionPoint[] = [pricingModel, allocation, guardrails, nonProdSavings];
