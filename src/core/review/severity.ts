// The one severity function: turns a finding's risk inputs into a traffic light, the same way for every rule.
import type { ConcernLevel } from '../types.js';

/**
 * What a rule knows about the risk it found. Rules describe the risk; only this file decides the colour,
 * so calibration happens in one place and every concern is comparable.
 */
export interface SeverityInputs {
  /** 1 minor friction · 2 rework or extra cost · 3 outage, incident or overrun · 4 breaks a stated requirement, law or guideline. */
  impact: 1 | 2 | 3 | 4;
  /** 1 possible · 2 probable · 3 certain (follows directly from the stated facts). */
  likelihood: 1 | 2 | 3;
  /** The risk touches data under a sector regime with technical mandates (HIPAA, PCI-DSS, FedRAMP, FISMA). */
  regulated?: boolean;
  /** False when only non-production environments are affected. Defaults to true. */
  production?: boolean;
  /** `missing`: the concern exists because the inputs do not say something; it becomes an open question. */
  basis: 'stated' | 'missing';
}

export const RED_AT = 9;
export const YELLOW_AT = 4;

/** The risk score behind the colour (impact × likelihood, raised for regulated data, lowered off the production path). */
export function riskScore(s: SeverityInputs): number {
  let score = s.impact * s.likelihood;
  if (s.regulated) score += 3;
  if (s.production === false) score -= 3;
  return score;
}

export function severity(s: SeverityInputs): ConcernLevel {
  const score = riskScore(s);
  // Missing information never blocks on its own: it is asked, not assumed to be bad.
  if (s.basis === 'missing') return score >= YELLOW_AT ? 'yellow' : 'green';
  if (score >= RED_AT) return 'red';
  return score >= YELLOW_AT ? 'yellow' : 'green';
}
