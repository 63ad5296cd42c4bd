// Rule: several operated environments built by hand, with no infrastructure as code.
import { defineRule } from '../rule.js';
import { choiceText, IAC_TOOLS } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'no-iac-multi-env',
    category: 'operational-overhead',
    title: 'Several environments without infrastructure as code',
    description: 'Two or more operated environments exist and no infrastructure-as-code tool is chosen.',
    why: 'Hand-built environments drift apart: staging stops predicting production, rebuilding after a loss is guesswork, and nobody can review an infrastructure change. Regulated systems must also show how infrastructure changes are controlled.',
    detection:
      'At least two operated (non-local) environments and no IaC tool in the model or cicd.iac-tool decision. On a hyperscaler, servers or on-premises: yellow with two environments, red with three or more or with regulated data. On a PaaS whose configuration lives in the repository: green, yellow with regulated data.',
    mitigation:
      'Describe every environment in one IaC code base (Terraform/OpenTofu, Pulumi, CDK, Bicep; Ansible for servers) with per-environment variables, applied from the pipeline.',
    falsePositives:
      'The platform is configured entirely from files in the repository (vercel.json, railway.toml, render.yaml) and that is reviewed like code.',
    docs: ['https://developer.hashicorp.com/terraform/tutorials/modules/organize-configuration', 'https://opentofu.org/docs/'],
    resolvedBy: 'cicd.iac-tool',
  },
  check(ctx) {
    const envs = ctx.operatedEnvironments();
    if (envs.length < 2) return [];
    const text = choiceText(ctx, 'cicd.iac-tool', ctx.model.iac);
    const hasIac = IAC_TOOLS.some((t) => text.includes(t)) || (!!text && !/none|manual|console|click|no-iac/.test(text));
    if (hasIac) return [];
    const regulated = !!ctx.regulated();
    const paas = ctx.family() === 'paas';
    const signal = paas
      ? { impact: 1 as const, likelihood: 3 as const, regulated, basis: 'stated' as const }
      : { impact: (envs.length >= 3 ? 3 : 2) as 2 | 3, likelihood: 3 as const, regulated, basis: 'stated' as const };
    return [
      {
        subject: 'cicd.iac-tool',
        signal,
        evidence: { facts: ctx.decisionFacts('cicd.iac-tool'), model: envs.map((e) => e.id) },
        message: `${envs.length} operated environments (${envs.map((e) => e.id).join(', ')}) and no infrastructure as code${paas ? " beyond the platform's own configuration" : ''}.`,
      },
    ];
  },
});
