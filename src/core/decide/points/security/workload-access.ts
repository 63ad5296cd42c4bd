// Decision point: how running services prove who they are to databases, queues and cloud APIs.
import { definePoint } from '../../define-point.js';
import { services } from '../../criteria.js';
import { needsKubernetes, settledOn, onKubernetes, onlyOn, runsFunctions, hyperscalerFamilies } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'security.workload-access',
    domain: 'security',
    title: 'Workload identity and service access',
    question: 'How do services authenticate to cloud APIs, databases and each other?',
    docs: 'Long-lived keys in environment variables are the most common path from one compromised service to everything. Platform identities (IAM roles, workload identity) issue short-lived credentials per service with least privilege; where the platform has none, scoped keys in a secret store with a rotation schedule are the floor.',
    assumption: 'The inputs do not describe service-to-service access; least-privilege identities per service were assumed.',
    traces: ['security'],
    check: (_d, m) =>
      `Every workload (${services(m)}) runs under its own identity; a test call with one workload's identity to another's data is denied.`,
  },
  options: [
    {
      id: 'cloud-iam-roles',
      title: 'Cloud IAM roles / workload identity per service',
      summary:
        'Each service runs as its own role or managed identity with a least-privilege policy; credentials are short-lived and issued by the platform.',
      pros: ['No static keys to leak or rotate', 'Access is reviewable as policy and logged by the cloud audit trail'],
      cons: [
        'Policies multiply with services and need review',
        'Only works for resources inside that cloud (databases may still need passwords unless IAM auth is used)',
      ],
      costClass: 'free',
      complexity: 2,
      skills: ['cloud IAM policy design'],
      leans: { compliance: 2, resilience: 1, simplicity: 0 },
      rejectIf: onlyOn(hyperscalerFamilies),
      fits: [
        {
          when: (c) => settledOn(c, hyperscalerFamilies),
          weight: 3,
          because: 'the platform issues per-service identities natively',
        },
        { when: (c) => runsFunctions(c), weight: 2, because: 'each function gets its own execution role' },
        { when: (c) => c.v.audited(), weight: 1, because: 'least privilege per workload is an audited control' },
      ],
    },
    {
      id: 'k8s-service-accounts',
      title: 'Scoped Kubernetes service accounts',
      summary:
        'One service account per workload with RBAC and network policies, federated to cloud IAM (IRSA, GKE/AKS workload identity) where there is a cloud.',
      pros: ['Identity follows the pod, not the node', 'Namespaces, RBAC and network policies bound the blast radius'],
      cons: ['RBAC and policy sprawl need tooling to review', 'Federation to cloud IAM differs per provider'],
      costClass: 'free',
      complexity: 3,
      skills: ['Kubernetes RBAC'],
      leans: { compliance: 1, resilience: 1, simplicity: -1 },
      rejectIf: needsKubernetes,
      fits: [
        { when: (c) => onKubernetes(c), weight: 5, because: 'workloads run on Kubernetes, whose service accounts are the identity unit' },
      ],
    },
    {
      id: 'scoped-api-keys',
      title: 'Scoped static API keys in a secret store',
      summary: 'Per-service credentials with the narrowest scope the provider allows, kept in the secret store and rotated on a schedule.',
      pros: ['Works on any platform and with any third-party API', 'Simple to understand and to set up'],
      cons: ['Long-lived keys leak through logs, images and laptops', 'Rotation is manual discipline unless automated'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, speed: 1, compliance: -1 },
      fits: [
        {
          when: (c) => settledOn(c, 'paas'),
          weight: 4,
          because: 'the PaaS has no workload identity, so scoped keys are the practical floor',
        },
        {
          when: (c) => settledOn(c, 'servers', 'on-prem'),
          weight: 3,
          because: 'self-run servers have no identity service to federate with',
        },
        { when: (c) => c.v.teamAtMost(3), weight: 1, because: 'least overhead for a small team' },
      ],
    },
  ],
});
