// Table-driven cases for the regulated-deploy-no-approval reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';

const ID = 'regulated-deploy-no-approval';
const noApproval = {
  id: 'delivery-pipeline',
  name: 'Delivery',
  tool: 'github-actions',
  stages: [
    { id: 'build', name: 'Build', approval: false },
    { id: 'deploy-prod', name: 'Deploy to Production', approval: false },
  ],
};

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'PCI-DSS, prod deploy without approval',
      { profile: { compliance: ['pci-dss'] }, model: { pipelines: [noApproval] } },
      'red',
      ['noApprovalStep'],
    ],
    [
      'SOC 2, prod deploy without approval',
      { profile: { compliance: ['soc2'] }, model: { pipelines: [noApproval] } },
      'yellow',
      ['noApprovalStep'],
    ],
    [
      'PCI-DSS with a manual approval gate decided',
      { profile: { compliance: ['pci-dss'] }, choices: { 'cicd.promotion': 'manual-approval-gate' }, model: { pipelines: [noApproval] } },
      'none',
      [],
    ],
    ['PCI-DSS with approval on the prod stage', { profile: { compliance: ['pci-dss'] } }, 'none', []],
    ['no audited regime', { model: { pipelines: [noApproval] } }, 'none', []],
    [
      'PCI-DSS and no pipeline in the design: a question',
      { profile: { compliance: ['pci-dss'] }, model: { pipelines: [] } },
      'yellow',
      ['noPipeline'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});
