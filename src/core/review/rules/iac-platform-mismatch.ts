// Rule: an infrastructure-as-code tool that cannot drive the chosen platform.
import { defineRule } from '../rule.js';
import { kb } from '../../knowledge/active.js';
import { techFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'iac-platform-mismatch',
    category: 'technology-constraints',
    title: 'IaC tool tied to another provider',
    description:
      'The IaC tool only drives one provider (CDK, CloudFormation, SAM for AWS; Bicep, ARM for Azure) and the architecture does not run on that provider.',
    why: 'The tool cannot create a single resource on the chosen platform; the IaC decision has to be redone before any environment exists.',
    detection:
      "Model IaC or the cicd.iac-tool choice is provider-specific and its provider is not among the architecture's platforms. Red.",
    mitigation: "Use the platform's own IaC or a multi-provider tool (Terraform/OpenTofu, Pulumi).",
    falsePositives:
      'The tool manages a secondary footprint on its provider (for example DNS or backups on AWS) that the model does not show as a platform.',
    docs: ['https://docs.aws.amazon.com/cdk/v2/guide/home.html', 'https://learn.microsoft.com/azure/azure-resource-manager/bicep/overview'],
    resolvedBy: 'cicd.iac-tool',
    messages: {
      toolForOtherProvider: '{tool} only provisions {provider}, and the architecture runs on {providers}.',
    },
  },
  check(ctx) {
    const c = kb();
    const owner = (t: string) => (c.tech(t)?.slots.includes('iac') ? c.soleProvider(t) : undefined);
    const tools = [...new Set([ctx.model.iac, ctx.choice('cicd.iac-tool')].filter((t): t is string => !!t && !!owner(t)))];
    const providers = ctx.providers();
    if (!providers.length) return [];
    return tools
      .filter((t) => !providers.some((p) => c.sameAccount(p, owner(t)!)))
      .map((t) => ({
        subject: t,
        signal: { impact: 3 as const, likelihood: 3 as const, basis: 'stated' as const },
        evidence: { facts: [...techFacts(ctx, t), ...ctx.decisionFacts('cicd.iac-tool')], model: [t, ...providers] },
        messageId: 'toolForOtherProvider',
        data: { tool: t, provider: owner(t) ?? '', providers: providers.join(', ') },
      }));
  },
});
