// Decision point: how strongly production is separated from the other environments.
import { durableStores, inline, prod, rehearsal } from '../../criteria.js';
import { definePoint } from '../../define-point.js';
import { onKubernetes, onlyOn, settledOn, hyperscalerFamilies } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'environments.isolation',
    domain: 'environments',
    title: 'Environment isolation',
    question: 'Are environments separated by account, by network inside one account, by PaaS project or by server?',
    docs: 'Isolation limits what a mistake or a compromised credential in development can reach. Separate cloud accounts, projects or subscriptions give hard IAM, quota and billing boundaries and are what auditors expect; namespaces or VPCs inside one account are cheaper but share a control plane; on PaaS and servers the equivalents are separate projects and separate machines.',
    assumption: 'The inputs do not describe environment separation; the strongest boundary the platform offers was assumed.',
    adr: true,
    check: (d, m) =>
      `Credentials for ${rehearsal(m)} cannot read or change ${durableStores(m) ?? 'anything'} in ${prod(m)} (${inline(d.choiceTitle)}); a cross-environment call fails in a test.`,
  },
  options: [
    {
      id: 'separate-accounts',
      title: 'Separate cloud accounts / projects / subscriptions',
      summary:
        'One account (AWS), project (Google Cloud) or subscription (Azure) per environment, under an organisation with central guardrails.',
      pros: [
        'Hard IAM, quota and billing boundary: development cannot touch production',
        'The boundary auditors expect for regulated data',
      ],
      cons: ['More accounts to wire (networking, logging, CI credentials)', 'Needs an organisation structure from day one'],
      costClass: 'low',
      complexity: 3,
      skills: ['cloud organisations / landing zones'],
      leans: { compliance: 2, resilience: 1, simplicity: -1 },
      rejectIf: onlyOn(hyperscalerFamilies),
      fits: [
        {
          when: (c) => settledOn(c, hyperscalerFamilies),
          weight: 3,
          because: 'the platform offers account- or project-level isolation',
        },
        { when: (c) => c.v.audited(), weight: 3, because: 'the compliance regime expects production isolated from non-production access' },
      ],
    },
    {
      id: 'shared-account-segmented',
      title: 'Separate namespaces or VPCs in one account',
      summary: 'Environments share an account or cluster and are separated by namespaces, VPCs and IAM conditions.',
      pros: ['Cheaper and simpler: one cluster or account to run', 'Quick to create new environments'],
      cons: ['One misconfigured policy reaches across environments', 'Shared quotas and noisy neighbours'],
      costClass: 'free',
      complexity: 2,
      skills: ['Kubernetes namespaces or VPC design'],
      leans: { cost: 2, simplicity: 1, compliance: -1 },
      fits: [
        { when: (c) => onKubernetes(c), weight: 3, because: 'namespaces on a cluster are the native environment boundary' },
        { when: (c) => c.v.teamAtMost(3), weight: 2, because: 'a small team avoids multi-account plumbing' },
        { when: (c) => c.v.regulated(), weight: -4, because: 'regulated data needs a harder boundary than a namespace' },
      ],
    },
    {
      id: 'separate-paas-projects',
      title: 'Separate PaaS projects per environment',
      summary:
        'Each environment is its own project or team space on the PaaS (Vercel, Railway, Supabase) with its own secrets and database.',
      pros: ['Production credentials and data never shared with development', 'Cheap to duplicate'],
      cons: ['Project settings drift unless captured in config files', 'Access control is per-project and coarse'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, compliance: 1 },
      rejectIf: onlyOn('paas'),
      fits: [
        {
          when: (c) => c.v.paasOnly() ?? settledOn(c, 'paas'),
          weight: 5,
          because: 'the system runs on PaaS platforms, where the project is the isolation unit',
        },
      ],
    },
    {
      id: 'separate-servers',
      title: 'Separate servers or VMs per environment',
      summary: 'Production runs on its own servers (and network segment) apart from development and staging.',
      pros: ['Simple, physical separation', 'Staging on a smaller server keeps costs down'],
      cons: ['Each server is another machine to patch', 'Configuration drift without configuration management'],
      costClass: 'low',
      complexity: 2,
      skills: ['server administration'],
      leans: { simplicity: 1, compliance: 1 },
      rejectIf: onlyOn('servers', 'on-prem'),
      fits: [{ when: (c) => settledOn(c, 'servers', 'on-prem'), weight: 5, because: 'the system runs on its own servers' }],
    },
  ],
});
