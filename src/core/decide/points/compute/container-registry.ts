// Decision point: where built container images are stored, scanned and pulled from.
import { definePoint, type DecideContext } from '../../define-point.js';
import { services } from '../../criteria.js';
import { containerRuntimes, family, needsProviderOf } from '../../platform-family.js';

const runtime = (c: DecideContext) => c.chosen('compute.runtime') ?? '';
const firstCi = (id: string) => (c: DecideContext) => (c.v.ids('ciCd')[0] === id ? c.v.committed(id) : null);
const primaryIs = (id: string) => (c: DecideContext) => (c.chosen('cloud.primary-platform') === id ? (c.v.committed(id) ?? []) : null);
const NEEDS_IMAGES = ['kubernetes', 'ecs', 'cloud-run', 'container-apps'];

export default definePoint({
  meta: {
    id: 'compute.container-registry',
    domain: 'compute',
    title: 'Container registry',
    question: 'Where are built container images stored, scanned and pulled from?',
    docs: "The registry is part of the supply chain: it should sit close to the runtime (fast pulls, no egress, IAM-based pull access), scan images, keep immutable tags and expire old ones. The provider's registry fits workloads on that provider; the CI platform's registry fits portable or customer-delivered images; platforms that build from source need none.",
    assumption: 'The inputs name no registry; the one closest to the runtime or the CI platform was assumed.',
    check: (d, m) =>
      `Images of ${services(m)} deploy only from ${d.choiceTitle}; scan on push is on and an image with a critical finding fails the pipeline.`,
  },
  options: [
    {
      id: 'ecr',
      title: 'Amazon ECR',
      summary: 'Private registry in the AWS account with IAM pull access, scan on push and lifecycle rules.',
      pros: ['Pulls over the AWS network with IAM roles, no credentials', 'Built-in scanning and immutable tags'],
      cons: ['AWS only; pulling from elsewhere needs token exchange', 'Per-region repositories for multi-region'],
      costClass: 'low',
      complexity: 1,
      skills: ['AWS IAM'],
      leans: { compliance: 1, simplicity: 1, resilience: 1 },
      rejectIf: needsProviderOf('ecr'),
      fits: [
        {
          when: (c) => (family(c) === 'aws' && NEEDS_IMAGES.includes(runtime(c)) ? (c.v.committed('aws') ?? []) : null),
          weight: 6,
          because: 'containers run on AWS',
        },
      ],
    },
    {
      id: 'artifact-registry',
      title: 'Google Artifact Registry',
      summary: 'Regional Docker repositories in the Google Cloud project with IAM, vulnerability scanning and cleanup policies.',
      pros: ['Native pulls for Cloud Run and GKE', 'Scanning and cleanup policies built in'],
      cons: ['Google Cloud only', 'Cross-project access needs IAM bindings'],
      costClass: 'low',
      complexity: 1,
      skills: ['Google Cloud IAM'],
      leans: { compliance: 1, simplicity: 1, resilience: 1 },
      needsProvider: 'on-platform',
      fits: [
        {
          when: (c) => (family(c) === 'gcp' && NEEDS_IMAGES.includes(runtime(c)) ? (c.v.committed('gcp') ?? []) : null),
          weight: 6,
          because: 'containers run on Google Cloud',
        },
      ],
    },
    {
      id: 'acr',
      title: 'Azure Container Registry',
      summary: 'Registry in the Azure subscription with managed-identity pulls, geo-replication on Premium and Defender scanning.',
      pros: ['Managed-identity pulls from AKS, App Service and Container Apps', 'Geo-replication for multi-region'],
      cons: ['Private endpoints and geo-replication need the Premium tier', 'Azure only'],
      costClass: 'low',
      complexity: 1,
      skills: ['Azure identity'],
      leans: { compliance: 1, simplicity: 1, resilience: 1 },
      rejectIf: needsProviderOf('acr'),
      fits: [
        {
          when: (c) =>
            family(c) === 'azure' && [...NEEDS_IMAGES, 'app-service'].includes(runtime(c)) ? (c.v.committed('azure') ?? []) : null,
          weight: 6,
          because: 'containers run on Azure',
        },
      ],
    },
    {
      id: 'ghcr',
      title: 'GitHub Container Registry',
      summary: 'Images published from GitHub Actions to ghcr.io, with access tied to the repository and organisation.',
      pros: ['No extra account; the workflow token can push', 'Good for images shipped to customers or several clouds'],
      cons: ['Pulls from clusters need a token or public images', 'Scanning needs a separate step in the pipeline'],
      costClass: 'free',
      complexity: 1,
      skills: ['GitHub Actions'],
      leans: { cost: 2, simplicity: 2, compliance: 0 },
      fits: [
        { when: (c) => c.v.committed('github-actions'), weight: 4, because: 'the pipeline runs on GitHub Actions' },
        { when: firstCi('github-actions'), weight: 1, because: 'GitHub Actions is the main pipeline' },
        {
          when: (c) => (c.chosen('cloud.strategy') === 'multi-cloud-portable' ? c.v.committed('github-actions') : null),
          weight: 3,
          because: 'images must be pullable from every cloud the system deploys to',
        },
      ],
    },
    {
      id: 'gitlab-registry',
      title: 'GitLab Container Registry',
      summary: "Images pushed by GitLab CI to the project's registry, with deploy tokens for pulls and cleanup policies.",
      pros: ['Built into each GitLab project, including self-managed GitLab', 'Works for air-gapped and customer-hosted installations'],
      cons: ['Storage grows without cleanup policies', 'Pull tokens must be distributed to every host'],
      costClass: 'free',
      complexity: 1,
      skills: ['GitLab CI'],
      leans: { cost: 2, simplicity: 2, compliance: 1 },
      fits: [
        { when: (c) => c.v.committed('gitlab-ci'), weight: 4, because: 'the pipeline runs on GitLab CI' },
        { when: firstCi('gitlab-ci'), weight: 1, because: 'GitLab CI is the main pipeline' },
        {
          when: (c) => (c.chosen('cloud.strategy') === 'multi-cloud-portable' ? c.v.committed('gitlab-ci') : null),
          weight: 3,
          because: 'images must be pullable from every cloud the system deploys to',
        },
      ],
    },
    {
      id: 'docker-hub',
      title: 'Docker Hub',
      summary: 'Public or private repositories on Docker Hub, the default registry of every container tool.',
      pros: ['Every tool pulls from it with no configuration', 'Natural home for images published to the public'],
      cons: ['Anonymous pull rate limits', 'Private repositories and teams are paid per seat'],
      costClass: 'low',
      complexity: 1,
      skills: [],
      leans: { simplicity: 1, compliance: -1 },
      fits: [],
    },
    {
      id: 'none',
      check: (_d, m) => `The pipeline deploys ${services(m)} from source; no image registry or image build appears in the IaC.`,
      attrs: { none: true },
      title: 'No registry: the platform builds from source',
      summary: 'The runtime builds and stores its own artefacts from the repository (functions packages, PaaS builds); no registry to run.',
      pros: ['Nothing to secure or pay for', 'One less step in the pipeline'],
      cons: ['Builds are not reproducible outside the platform', 'No image to scan or promote between environments'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, compliance: -1 },
      rejectIf: (c) =>
        containerRuntimes().includes(runtime(c)) && runtime(c) !== 'fly-io' ? `${runtime(c)} pulls container images from a registry` : null,
      fits: [
        {
          when: (c) => (runtime(c) && !containerRuntimes().includes(runtime(c)) ? (c.v.committed(runtime(c)) ?? []) : null),
          weight: 7,
          because: 'the runtime deploys code, not images',
        },
        { when: primaryIs('railway'), weight: 1, because: 'the platform builds images itself' },
      ],
    },
  ],
});
