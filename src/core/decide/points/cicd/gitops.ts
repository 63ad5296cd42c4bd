// Decision point: whether the cluster pulls its desired state from git or the pipeline pushes deploys.
import { definePoint } from '../../define-point.js';
import { pipelineTool, prod, services } from '../../criteria.js';
import { chose, needsKubernetes, onKubernetes, runsFunctions, settledOn } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'cicd.gitops',
    domain: 'cicd',
    title: 'GitOps or push-based delivery',
    question: 'Does an in-cluster agent pull the desired state from git, or does the pipeline push each deploy?',
    docs: 'GitOps agents (Argo CD, Flux) reconcile Kubernetes with a git repository: drift is corrected, the cluster needs no inbound credentials and git history is the audit log. Without Kubernetes, or with a PaaS that deploys on push, the pipeline pushing the release is simpler and sufficient.',
    assumption: 'The inputs do not describe how deployments reach the runtime; the pipeline pushes releases.',
    check: (d, m) =>
      `Changing a live resource of ${services(m)} by hand in ${prod(m)} is reverted by ${d.choiceTitle} within one sync interval.`,
  },
  options: [
    {
      id: 'argocd',
      attrs: { hosting: 'self-hosted', heavyweight: true },
      version: '2.13',
      title: 'Argo CD',
      summary: 'Kubernetes controller that syncs applications from git, with a UI showing health and drift per app.',
      pros: [
        'Visual sync status and diff for every application',
        'Multi-cluster and ApplicationSets for many environments',
        'Pipelines never hold cluster credentials',
      ],
      cons: ['One more critical component in the cluster to secure', 'Secrets need an extra pattern (External Secrets, SOPS)'],
      costClass: 'free',
      complexity: 3,
      skills: ['Argo CD', 'Kubernetes'],
      leans: { resilience: 1, compliance: 1 },
      rejectIf: needsKubernetes,
      fits: [
        { when: (c) => onKubernetes(c), weight: 4, because: 'workloads run on Kubernetes' },
        {
          when: (c) => c.v.committed('helm') ?? chose(c, 'cicd.iac-tool', 'helm'),
          weight: 1,
          because: 'Argo CD renders Helm charts natively',
        },
        // A cluster controller with its own UI, upgrades and credentials is a second system for one to three people to keep.
        { when: (c) => c.v.teamAtMost(3), weight: -3, because: 'one more controller to secure and upgrade for a team this small' },
      ],
    },
    {
      id: 'flux',
      attrs: { hosting: 'self-hosted', heavyweight: true },
      version: '2',
      title: 'Flux',
      summary: 'CNCF GitOps toolkit of controllers reconciling Kustomize and Helm releases from git, without a UI.',
      pros: ['Light footprint; everything is a Kubernetes resource', 'Native SOPS decryption and image update automation'],
      cons: ['No built-in UI; status is read with the CLI or a third-party dashboard', 'Steeper debugging of reconciliation chains'],
      costClass: 'free',
      complexity: 3,
      skills: ['Flux', 'Kubernetes'],
      leans: { resilience: 1, simplicity: 0 },
      rejectIf: needsKubernetes,
      fits: [
        { when: (c) => onKubernetes(c), weight: 3, because: 'workloads run on Kubernetes' },
        {
          when: (c) => chose(c, 'security.secrets', 'sops-in-git'),
          weight: 2,
          because: 'secrets are SOPS files, which Flux decrypts itself',
        },
        { when: (c) => c.v.teamAtMost(3), weight: -3, because: 'one more controller to secure and upgrade for a team this small' },
      ],
    },
    {
      id: 'pipeline-push',
      check: (_d, m) =>
        `${services(m)} change in ${prod(m)} only through ${pipelineTool(m)} runs: the audit log shows no deploy by a person.`,
      attrs: { none: true },
      title: 'Push-based deploys from the pipeline',
      summary: 'The CI/CD pipeline deploys each release (infrastructure apply, then the platform deploy) after checks pass.',
      pros: ['One tool and one log for build and deploy', 'Works the same for every kind of runtime'],
      cons: ['The pipeline holds deploy credentials', 'Manual changes drift until the next deploy'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, speed: 1 },
      fits: [
        {
          when: (c) => (onKubernetes(c) ? null : true),
          weight: 3,
          because: 'without Kubernetes there is no cluster for an agent to reconcile',
        },
        { when: (c) => settledOn(c, 'paas'), weight: 2, because: 'the PaaS deploys from the pipeline or on push' },
        { when: (c) => c.v.teamAtMost(3), weight: 2, because: 'a team this small keeps build and deploy in one tool' },
        { when: (c) => runsFunctions(c), weight: 1, because: 'functions deploy as versioned packages from the pipeline' },
      ],
    },
  ],
});
