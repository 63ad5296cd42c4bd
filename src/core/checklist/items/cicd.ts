// CI/CD and infrastructure as code: pipeline, deployment strategy, rollback, promotion, tests, IaC.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, techWords, together, words } from '../detectors.js';

/** An IaC tool the catalogue knows, words for IaC, or a tool's or platform's own configuration file (the records' `files`). */
export const IAC_TOOL = techWords(
  (c) => c.withSlot('iac'),
  'infrastructure[- ]as[- ]code',
  'IaC',
  'docker compose files?',
  // A compose file names no record of its own: listed in a source tree it is mostly local development, not a deployment.
  'docker-compose\\.ya?ml',
  (c) => c.configFileNames(),
);

export const cicdItems = [
  item({
    id: 'ckl-cicd-pipeline',
    area: 'cicd',
    title: 'CI/CD pipeline',
    description: 'The build-and-deploy pipeline and its tool are described.',
    severity: 'error',
    detects:
      'CI/CD, pipeline, continuous integration/delivery, or a CI tool (GitHub Actions, GitLab CI, Azure DevOps, Jenkins, CircleCI, CodePipeline, Cloud Build, Argo CD, Flux)',
    detect: mentions(
      techWords(
        (c) => c.withSlot('ci-cd'),
        'CI ?/ ?CD',
        'CI',
        'CD',
        'pipelines?',
        'continuous (?:integration|delivery|deployment)',
        'GitOps',
        '(?:automatic|automated|git-based) deploy\\w*',
        'deploy(?:s|ed)? (?:automatically )?on (?:push|merge)',
      ),
    ),
    docs: {
      why: 'Manual releases are slow, unrepeatable and the main source of configuration drift.',
      fix: 'Describe the pipeline tool and its stages (build, test, scan, deploy per environment) and what triggers it.',
    },
  }),
  item({
    id: 'ckl-cicd-deployment-strategy',
    area: 'cicd',
    title: 'Deployment strategy',
    description:
      'How releases reach production is stated: rolling, blue/green, canary, atomic/immutable deploys, feature flags, or a deliberate alternative.',
    severity: 'error',
    detects:
      'blue/green, canary, rolling, immutable/atomic deploys, traffic shifting, feature flags, zero-downtime, preview deployments, an update channel, staged rollout or over-the-air updates (shipped software), or a "deployment strategy" section',
    detect: anyOf(
      mentions(
        words(
          'blue[- /]?green',
          'canary',
          'rolling (?:updates?|deploy\\w*|releases?|restarts?)',
          'immutable (?:deploy\\w*|infrastructure|releases?)',
          'atomic (?:deploy\\w*|releases?)',
          'traffic (?:shift\\w*|splitting)',
          'feature (?:flags?|toggles?)',
          'zero[- ]downtime',
          'progressive (?:delivery|rollout)',
          'gradual rollout',
          'preview (?:deploy\\w*|environments?)',
          'deployment (?:strategy|approach|model|pattern)',
          'recreate strateg\\w*',
          'dark launch',
          // Shipped software reaches users through its update channel: that is its deployment strategy.
          'update channels?',
          'staged rollouts?',
          'phased releases?',
          'over[- ]the[- ]air updates?',
          'instant rollback',
          'deploy(?:ment)? slots?',
        ),
      ),
      heading(words('deployment strategy', 'release strategy', 'deployment (?:process|workflow|approach)')),
    ),
    docs: {
      why: 'The deployment strategy sets the blast radius of a bad release and whether releases cause downtime.',
      fix: 'Choose and state a strategy per workload (for example rolling for the API, atomic deploys for the static site) and its safety checks.',
    },
  }),
  item({
    id: 'ckl-cicd-rollback',
    area: 'cicd',
    title: 'Rollback',
    description: 'How a bad release or infrastructure change is rolled back is described.',
    severity: 'warning',
    detects: 'rollback, roll back, revert, redeploy previous version, instant rollback',
    detect: mentions(
      words(
        'roll-?backs?',
        'roll(?:ed|ing)? back',
        'revert(?:s|ed|ing)?',
        '(?:previous|last known good|prior) (?:version|release|deployment|build)',
        'undo',
      ),
    ),
    docs: {
      why: 'A fast, rehearsed rollback turns a bad release into a minor incident.',
      fix: 'Describe the rollback for application releases, infrastructure changes and database migrations, and who may trigger it.',
    },
  }),
  item({
    id: 'ckl-cicd-promotion',
    area: 'cicd',
    title: 'Promotion and approval gates',
    description: 'How a change moves between environments and which gates or approvals it passes is described.',
    severity: 'warning',
    detects: 'promotion, promote, approval/manual gates, quality gates, dev → staging → prod flow, protected environments',
    detect: anyOf(
      mentions(
        words(
          'promot(?:e|ed|es|ion|ing)',
          '(?:manual |human )?approvals?',
          '(?:quality |deployment |release |manual )gates?',
          'gated',
          'protected (?:environments?|branch(?:es)?)',
          'sign-?off',
          'change approval',
        ),
      ),
      mentions(/\b(?:dev(?:elopment)?|staging|test|uat)\b\s*(?:→|->|=>|to|then)\s*(?:staging|uat|prod(?:uction)?)\b/i),
    ),
    docs: {
      why: 'Promotion rules make sure what reaches production is exactly what was tested.',
      fix: 'Describe the path dev → staging → production, the checks at each step and who approves production.',
    },
  }),
  item({
    id: 'ckl-cicd-automated-tests',
    area: 'cicd',
    title: 'Automated tests in the pipeline',
    description: 'The pipeline runs automated tests or checks before deploying.',
    severity: 'warning',
    detects: 'unit/integration/e2e/smoke tests, test stage, lint, type check, synth/plan checks, snapshot tests',
    detect: mentions(
      words(
        '(?:unit|integration|e2e|end-to-end|smoke|load|contract|snapshot|regression|acceptance|infrastructure|security) tests?',
        'test(?:s|ing)? (?:stage|step|suite|job)',
        'automated test\\w*',
        'lint(?:ing|er)?',
        'type[- ]?check\\w*',
        'cdk synth',
        'terraform (?:plan|validate)',
        'Jest',
        'Vitest',
        'pytest',
        'Playwright',
        'Cypress',
      ),
    ),
    docs: {
      why: 'Tests in the pipeline are what make frequent deployment safe.',
      fix: 'List the test and check stages the pipeline runs and which ones block a deployment.',
    },
  }),
  item({
    id: 'ckl-cicd-iac-tool',
    area: 'cicd',
    title: 'Infrastructure as code tool',
    description: 'The infrastructure-as-code tool (or the platform configuration files that play that role) is named.',
    severity: 'error',
    detects:
      'Terraform, OpenTofu, Pulumi, CDK, CloudFormation, Bicep, Ansible, Helm, SAM, Crossplane, "infrastructure as code", or platform config files (railway.toml, vercel.json, docker-compose.yml)',
    detect: anyOf(mentions(IAC_TOOL), heading(words('infrastructure as code', 'IaC'))),
    docs: {
      why: 'Infrastructure defined in code is reviewable, repeatable and recoverable; click-ops is none of these.',
      fix: 'Name the IaC tool, where the code lives and how changes are reviewed and applied.',
    },
  }),
  item({
    id: 'ckl-cicd-iac-state',
    area: 'cicd',
    title: 'IaC state and drift',
    description: 'Where IaC state lives and how drift is detected or prevented is covered.',
    severity: 'info',
    detects: 'state (file/backend/locking), remote state, drift detection, CloudFormation stacks, diff/plan before apply',
    detect: anyOf(
      mentions(
        words(
          '(?:remote |terraform |tf |pulumi )?state (?:files?|backends?|locking|management|bucket|storage)',
          'remote state',
          'drift(?: detection)?',
          'state is (?:stored|kept|managed)',
          'cdk diff',
          'terraform plan',
          'pulumi preview',
          'change ?sets?',
          'CloudFormation stacks?',
        ),
      ),
      together(words('CloudFormation', 'Pulumi', 'Terraform', 'CDK'), words('state')),
    ),
    docs: {
      why: 'Lost or conflicting state corrupts infrastructure; undetected drift makes IaC lie.',
      fix: 'Say where state is stored and locked, and how drift is detected (scheduled plan/diff).',
    },
  }),
  item({
    id: 'ckl-cicd-artifacts',
    area: 'cicd',
    title: 'Build artifacts and registry',
    description: 'Where build artifacts or images are stored and how they are versioned is described.',
    severity: 'info',
    detects: 'artifacts, container registry (ECR, ACR, GCR, GHCR, Artifact Registry, Docker Hub), image tags, versioned builds',
    detect: mentions(
      words(
        'artifacts?',
        '(?:container |image |docker )?registr(?:y|ies)',
        'ECR',
        'ACR',
        'GCR',
        'GHCR',
        'Artifact Registry',
        'Docker Hub',
        'image tags?',
        'semantic versioning',
        'semver',
        'versioned (?:builds?|images?|artifacts?|releases?)',
        'build outputs?',
        'release tags?',
      ),
    ),
    docs: {
      why: 'Immutable, versioned artifacts make deployments reproducible and rollbacks possible.',
      fix: 'Name the registry, the tagging scheme and the retention of old artifacts.',
    },
  }),
];
