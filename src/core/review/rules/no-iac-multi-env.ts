// Rule: several operated environments built by hand, with no infrastructure as code.
import { defineRule, type Finding } from '../rule.js';
import { facts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'no-iac-multi-env',
    category: 'operational-overhead',
    title: 'Several environments without infrastructure as code',
    description: 'Two or more operated environments exist and no infrastructure-as-code tool is chosen.',
    why: 'Hand-built environments drift apart: staging stops predicting production, rebuilding after a loss is guesswork, and nobody can review an infrastructure change. Regulated systems must also show how infrastructure changes are controlled.',
    detection:
      'At least two operated (non-local) environments and either no IaC tool in the model or cicd.iac-tool decision, or a statement that resources are created by hand (in the console, ClickOps). Yellow; red with regulated data. On a PaaS whose configuration lives in the repository (and nothing said to be made by hand): green, yellow with regulated data.',
    mitigation:
      'Describe every environment in one IaC code base (Terraform/OpenTofu, Pulumi, CDK, Bicep; Ansible for servers) with per-environment variables, applied from the pipeline.',
    falsePositives:
      'The platform is configured entirely from files in the repository (vercel.json, railway.toml, render.yaml) and that is reviewed like code.',
    docs: ['https://developer.hashicorp.com/terraform/tutorials/modules/organize-configuration', 'https://opentofu.org/docs/'],
    resolvedBy: 'cicd.iac-tool',
    messages: {
      noIac: '{count} operated environments ({envs}) and no infrastructure as code.',
      platformConfigOnly: "{count} operated environments ({envs}) and no infrastructure as code beyond the platform's own configuration.",
      createdByHand: 'The inputs say resources are created by hand, across {count} operated environments ({envs}).',
    },
  },
  check(ctx) {
    const envs = ctx.operatedEnvironments();
    if (envs.length < 2) return [];
    const byHand = ctx.v.states(BY_HAND);
    // Typed: an IaC tool in the model, or an IaC decision whose option is not a 'none'.
    const hasIac = !!ctx.model.iac || (ctx.choice('cicd.iac-tool') !== null && ctx.attrs('cicd.iac-tool').none !== true);
    if (hasIac && !byHand) return [];
    const paas = ctx.family() === 'paas' && !byHand;
    const names = envs.map((e) => e.id).join(', ');
    return [
      {
        subject: 'cicd.iac-tool',
        signal: signalOf(paas, !!ctx.regulated()),
        evidence: { facts: facts(byHand, ctx.decisionFacts('cicd.iac-tool')), model: envs.map((e) => e.id) },
        messageId: byHand ? 'createdByHand' : paas ? 'platformConfigOnly' : 'noIac',
        data: { count: envs.length, envs: names },
      },
    ];
  },
});

/** Resources the inputs say are made by hand (linear pattern). */
const BY_HAND =
  /\b(?:created|provisioned|configured|set up|managed) (?:by hand|manually|in the (?:aws |azure |gcp |google cloud |cloud )?(?:console|portal|dashboard))\b|\bclick-?ops\b/i;

/** The one severity function of this rule: environments that drift apart are rework (yellow); with regulated data an audit finding (red); on a PaaS, whose own configuration files cover most of it, a note. */
function signalOf(paas: boolean, regulated: boolean): Finding['signal'] {
  return { impact: paas ? 1 : 2, likelihood: 3, regulated, basis: 'stated' };
}
