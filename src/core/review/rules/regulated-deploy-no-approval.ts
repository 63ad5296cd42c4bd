// Rule: an audited system whose pipeline reaches production without a human approval.
import { defineRule, type Finding } from '../rule.js';

const PROD = /prod|live|release/i;

export default defineRule({
  meta: {
    id: 'regulated-deploy-no-approval',
    category: 'security-implementation',
    title: 'No approval on the path to production of an audited system',
    description:
      'A regime with change-management controls applies (SOC 2, ISO 27001, PCI-DSS, HIPAA, FedRAMP, DORA, NIS2), and a pipeline deploys to production with no approval step.',
    why: 'Auditors ask who approved each production change. A single CI path where any merge deploys, with no recorded approval or separation of duties, fails change-management controls (SOC 2 CC8.1, PCI-DSS 6.5, ISO 27001 A.8.32).',
    detection:
      'An audited regime in the profile, a pipeline with a production stage, no stage up to it with approval, and no promotion decision that says approval or manual gate: red with regulated data (HIPAA, PCI-DSS, FedRAMP), yellow for the other audited regimes, where a reviewed pull request often serves as the approval. No pipeline in the model: yellow open question.',
    mitigation:
      'Add a protected production environment with required reviewers (GitHub environments, GitLab protected environments, Azure DevOps approvals), or require reviewed pull requests on the release branch and keep the record.',
    falsePositives:
      'Approval happens as a required pull-request review on the branch that deploys, enforced by branch protection; say so when accepting.',
    docs: [
      'https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/managing-environments-for-deployment',
      'https://www.aicpa-cima.com/resources/landing/system-and-organization-controls-soc-suite-of-services',
    ],
    resolvedBy: 'cicd.promotion',
    messages: {
      noPipeline: '{regimes} applies and no delivery pipeline is defined, so there is no record of who approves production changes.',
      noApprovalStep: '{regimes} applies, and pipeline {pipeline} ({tool}) reaches {stage} without an approval step.',
    },
  },
  check(ctx) {
    const audited = ctx.audited();
    if (!audited) return [];
    const regulated = !!ctx.regulated();
    if (ctx.attrs('cicd.promotion').approvalGate) return [];
    if (!ctx.model.pipelines.length) {
      return [
        {
          subject: 'pipeline',
          signal: signalOf(null, regulated),
          evidence: { facts: audited.evidence, model: [] },
          messageId: 'noPipeline',
          data: { regimes: audited.ids.join(', ') },
        },
      ];
    }
    const out: Finding[] = [];
    for (const p of ctx.model.pipelines) {
      const prodIdx = p.stages.findIndex((s) => PROD.test(s.id) || PROD.test(s.name));
      if (prodIdx < 0) continue;
      if (p.stages.slice(0, prodIdx + 1).some((s) => s.approval)) continue;
      out.push({
        subject: p.id,
        signal: signalOf(p.id, regulated),
        evidence: { facts: [...audited.evidence, ...ctx.decisionFacts('cicd.promotion')], model: [p.id, p.stages[prodIdx].id] },
        messageId: 'noApprovalStep',
        data: { regimes: audited.ids.join(', '), pipeline: p.name, tool: p.tool, stage: p.stages[prodIdx].name },
      });
    }
    return out;
  },
});

/** The one severity function of this rule: no pipeline at all is an open question; a pipeline without the gate is stated. */
function signalOf(pipeline: string | null, regulated: boolean): Finding['signal'] {
  return pipeline === null ? { impact: 3, likelihood: 2, basis: 'missing' } : { impact: 3, likelihood: 2, regulated, basis: 'stated' };
}
