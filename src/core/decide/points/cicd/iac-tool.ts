// Decision point: the tool that describes the infrastructure as reviewable code.
import { definePoint, type DecideContext } from '../../define-point.js';
import { STATED } from '../../stated-choice.js';
import { LOCKED_TO_ONE_PROVIDER, needsKubernetes, onKubernetes, onProvider, onlyOn, runsFunctions, settledOn } from '../../platform-family.js';

const hyperscaler = (c: DecideContext) => settledOn(c, 'aws', 'azure', 'gcp', 'other-hyperscaler');
const tsOrPython = (c: DecideContext) => c.v.committedAny('typescript', 'python', 'go', 'csharp', 'java');

export default definePoint({
  meta: {
    id: 'cicd.iac-tool',
    domain: 'cicd',
    title: 'Infrastructure as code',
    question: 'Which tool defines and changes the infrastructure?',
    docs: 'Infrastructure as code makes environments reproducible and changes reviewable (a plan before apply). The tool follows the platform: declarative multi-cloud tools (Terraform, OpenTofu, Pulumi), provider-native ones (CDK, CloudFormation, Bicep), configuration management for servers (Ansible), packaging for Kubernetes (Helm), and the platform\'s own config files for PaaS.',
    assumption: 'The inputs do not name an IaC tool; Terraform was assumed as the most widely supported. Confirm state storage and who runs apply.',
    stated: STATED.iac,
    adr: true,
  },
  options: [
    {
      id: 'terraform', tech: 'terraform', alsoMatches: ['terraform-cloud', 'cdktf', 'terragrunt'], version: '1.9', title: 'Terraform',
      summary: 'Declarative HCL with providers for every cloud and SaaS; plan before apply, remote state with locking.',
      pros: ['Providers for every hyperscaler, PaaS, DNS and SaaS in one language', 'Plan output makes reviews concrete', 'Largest module ecosystem and hiring pool'],
      cons: ['Business Source Licence since 1.6 (OpenTofu is the open fork)', 'State files hold secrets and need locked, encrypted remote storage'],
      costClass: 'free', complexity: 3, skills: ['Terraform/HCL'],
      leans: { resilience: 1, compliance: 1, speed: 0 },
      fits: [
        { when: (c) => c.v.multiCloud(), weight: 3, because: 'one tool must cover several platforms' },
        { when: hyperscaler, weight: 2, because: 'a hyperscaler estate is well served by Terraform providers' },
        { when: (c) => c.v.skill('terraform'), weight: 3, because: 'the team knows Terraform' },
        { when: () => true, weight: 1, because: 'the most widely supported IaC tool' },
      ],
    },
    {
      id: 'opentofu', tech: 'opentofu', version: '1.8', title: 'OpenTofu',
      summary: 'The open-source (MPL) fork of Terraform under the Linux Foundation, compatible with its providers and modules.',
      pros: ['Open licence, community governance', 'Drop-in for Terraform 1.5 configurations; adds client-side state encryption'],
      cons: ['Diverges from Terraform over time; some vendor tooling targets Terraform first', 'Smaller commercial ecosystem'],
      costClass: 'free', complexity: 3, skills: ['Terraform/HCL'],
      leans: { cost: 1, compliance: 1 },
      fits: [{ when: (c) => c.v.skill('terraform'), weight: 1, because: 'the team knows HCL' }],
    },
    {
      id: 'pulumi', tech: 'pulumi', title: 'Pulumi',
      summary: 'Infrastructure in TypeScript, Python, Go or C#, using the same providers as Terraform.',
      pros: ['Real languages: loops, types, tests and packages', 'Application developers can own their infrastructure'],
      cons: ['Imperative code can hide what will change; reviews need the preview output', 'Smaller community than Terraform'],
      costClass: 'low', complexity: 3, skills: ['Pulumi', 'a general-purpose language'],
      leans: { speed: 1 },
      fits: [{ when: tsOrPython, weight: 1, because: 'infrastructure can be written in the application\'s language' }],
    },
    {
      id: 'cdk', tech: 'cdk', version: '2', title: 'AWS CDK',
      summary: 'AWS infrastructure in TypeScript or Python, synthesised to CloudFormation.',
      pros: ['High-level constructs encode AWS good practice (least-privilege grants, encryption)', 'Same language as a TypeScript or Python code base'],
      cons: ['AWS only; CloudFormation limits and slow rollbacks underneath', 'Construct upgrades can replace resources unexpectedly'],
      costClass: 'free', complexity: 3, skills: ['AWS CDK', 'TypeScript or Python'],
      leans: { speed: 1, compliance: 1 },
      rejectIf: onProvider('aws'),
      fits: [
        LOCKED_TO_ONE_PROVIDER,
        { when: (c) => settledOn(c, 'aws'), weight: 3, because: 'the platform is AWS' },
        { when: (c) => settledOn(c, 'aws') && c.v.committedAny('typescript', 'python'), weight: 1, because: 'infrastructure in the application\'s language' },
      ],
    },
    {
      id: 'cloudformation', tech: 'cloudformation', title: 'AWS CloudFormation',
      summary: 'AWS-native declarative templates with managed state and drift detection.',
      pros: ['No state file to manage; AWS handles rollbacks', 'Day-one support for new AWS features in most cases'],
      cons: ['Verbose YAML/JSON without abstractions', 'AWS only'],
      costClass: 'free', complexity: 3, skills: ['CloudFormation'],
      leans: { compliance: 1, simplicity: -1 },
      rejectIf: onProvider('aws'),
      fits: [
        LOCKED_TO_ONE_PROVIDER,{ when: (c) => settledOn(c, 'aws'), weight: 1, because: 'the platform is AWS' }],
    },
    {
      id: 'bicep', tech: 'bicep', title: 'Azure Bicep',
      summary: 'Azure-native declarative language compiled to ARM templates, state kept by Azure.',
      pros: ['Day-zero support for new Azure resources', 'No state file; what-if shows changes'],
      cons: ['Azure only', 'Fewer reusable modules than Terraform'],
      costClass: 'free', complexity: 2, skills: ['Bicep'],
      leans: { simplicity: 1 },
      rejectIf: onProvider('azure'),
      fits: [
        LOCKED_TO_ONE_PROVIDER,{ when: (c) => settledOn(c, 'azure'), weight: 4, because: 'the platform is Azure' }],
    },
    {
      id: 'ansible', tech: 'ansible', title: 'Ansible',
      summary: 'Agentless configuration management over SSH: installs, configures and updates servers with playbooks.',
      pros: ['Ideal for VMs and customer-managed servers; nothing to install on targets', 'Roles are readable by operations staff'],
      cons: ['Not a provisioning tool for cloud resources; no plan/state', 'Idempotence depends on how playbooks are written'],
      costClass: 'free', complexity: 2, skills: ['Ansible'],
      leans: { simplicity: 1 },
      fits: [
        { when: (c) => settledOn(c, 'on-prem', 'servers'), weight: 4, because: 'the system runs on servers that need configuring, not cloud resources' },
        { when: (c) => c.v.committedAny('vms', 'docker-compose'), weight: 2, because: 'VMs and Compose stacks are configured host by host' },
      ],
    },
    {
      id: 'helm', tech: 'helm', alsoMatches: ['helmfile'], version: '3', title: 'Helm',
      summary: 'Kubernetes packages (charts) with values per environment; the release unit for workloads on any cluster.',
      pros: ['One chart deploys to EKS, GKE, AKS or on-premises clusters', 'Argo CD and Flux deploy charts natively'],
      cons: ['Templated YAML gets hard to read', 'Does not create clusters, networks or databases'],
      costClass: 'free', complexity: 3, skills: ['Helm', 'Kubernetes'],
      leans: { resilience: 1 },
      rejectIf: needsKubernetes,
      fits: [{ when: (c) => onKubernetes(c), weight: 4, because: 'the workloads run on Kubernetes' }],
    },
    {
      id: 'serverless-framework', tech: 'serverless-framework', version: '4', title: 'Serverless Framework',
      summary: 'serverless.yml describing functions, events and their resources, deployed through CloudFormation.',
      pros: ['Very quick for function-centric apps', 'Plugins for local emulation and packaging'],
      cons: ['Version 4 needs a paid licence for larger organisations', 'Non-function resources end up in raw CloudFormation'],
      costClass: 'low', complexity: 2, skills: ['Serverless Framework'],
      leans: { speed: 2 },
      fits: [{ when: (c) => runsFunctions(c) && c.v.committed('aws-lambda'), weight: 1, because: 'the system is built from Lambda functions' }],
    },
    {
      id: 'sam', tech: 'sam', title: 'AWS SAM',
      summary: 'CloudFormation extension for Lambda, API Gateway and DynamoDB with local invoke.',
      pros: ['Concise templates for serverless resources', 'Local testing with sam local'],
      cons: ['AWS only, and serverless-focused', 'Anything beyond functions is plain CloudFormation'],
      costClass: 'free', complexity: 2, skills: ['AWS SAM'],
      leans: { simplicity: 1 },
      rejectIf: onProvider('aws'),
      fits: [
        LOCKED_TO_ONE_PROVIDER,{ when: (c) => settledOn(c, 'aws') && c.v.committed('aws-lambda'), weight: 2, because: 'the system is Lambda functions on AWS' }],
    },
    {
      id: 'wrangler', tech: 'wrangler', title: 'Wrangler (Cloudflare)',
      summary: 'wrangler.toml declares Workers, routes and bindings to KV, D1, R2 and queues; deployed with the Wrangler CLI.',
      pros: ['The native way to define Workers and their bindings', 'Per-environment sections for staging and production'],
      cons: ['Covers Workers only; DNS, WAF and zones need Terraform or the dashboard', 'Cloudflare only'],
      costClass: 'free', complexity: 1, skills: ['Cloudflare Workers'],
      leans: { simplicity: 2, speed: 2 },
      rejectIf: onProvider('cloudflare'),
      fits: [
        LOCKED_TO_ONE_PROVIDER,{ when: (c) => c.v.committedAny('cloudflare-workers', 'cloudflare-pages'), weight: 5, because: 'the code runs on Cloudflare Workers' }],
    },
    {
      id: 'platform-config-as-code', alsoMatches: ['railway-json', 'vercel-json', 'render-yaml', 'fly-toml', 'netlify-toml'], title: 'Platform config files (vercel.json, railway.json, render.yaml, fly.toml)',
      summary: 'Each PaaS service described by the platform\'s own config file in the repository, with secrets set per environment.',
      pros: ['Nothing extra to learn; reviewed with the code', 'Matches what the platform supports exactly'],
      cons: ['Each platform has its own format; nothing spans them', 'Dashboard-only settings (domains, plans, secrets) drift from the repository'],
      costClass: 'free', complexity: 1, skills: [],
      leans: { simplicity: 2, speed: 2, compliance: -1 },
      rejectIf: onlyOn('paas'),
      fits: [
        { when: (c) => c.v.paasOnly() ?? settledOn(c, 'paas'), weight: 4, because: 'the system runs on PaaS platforms configured by their own files' },
        { when: (c) => c.v.teamAtMost(3), weight: 1, because: 'fewest tools for a small team' },
      ],
    },
  ],
});
