// Decision point: where application and infrastructure secrets are stored, rotated and read from.
import { definePoint } from '../../define-point.js';
import { inline, services } from '../../criteria.js';
import { LOCKED_TO_ONE_PROVIDER, settledOn, onKubernetes, hyperscalerFamilies } from '../../platform-family.js';
import { onOwnPlatform } from '../../own-platform.js';

export default definePoint({
  meta: {
    id: 'security.secrets',
    domain: 'security',
    title: 'Secrets management',
    question: 'Where do database passwords, API keys and signing keys live, and how do services read them?',
    docs: "A secret store decides who can read a credential, whether reads are audited and whether rotation is possible without a redeploy. The platform's own store integrates with its IAM; Vault spans platforms at the cost of running it; platform variables and encrypted files in git are simple but weak on audit and rotation.",
    assumption:
      'The inputs do not say where secrets are kept; the store follows the platform (its native store once the platform is settled, a platform-neutral one while it is not). Confirm rotation and audit needs.',
    adr: true,
    traces: ['security'],
    check: (d, m) =>
      `A secret scan of the repository and the pipeline logs finds nothing; every workload (${services(m)}) reads its secrets from ${inline(d.choiceTitle)} at start.`,
  },
  options: [
    {
      id: 'aws-secrets-manager',
      attrs: { secretStore: 'manager' },
      alsoMatches: ['ssm-parameter-store'],
      title: 'AWS Secrets Manager',
      summary: 'Managed secret store with IAM-scoped access, CloudTrail audit and built-in rotation for RDS credentials.',
      pros: [
        'Read access is an IAM policy per role; every read lands in CloudTrail',
        'Managed rotation Lambdas for RDS, Redshift and DocumentDB',
      ],
      cons: [
        'Charged per secret and per 10,000 calls: cache reads in the service',
        'AWS-only: other platforms need credentials to reach it',
      ],
      costClass: 'low',
      complexity: 2,
      skills: ['AWS IAM'],
      leans: { compliance: 2, simplicity: 1, resilience: 1 },
      needsProvider: 'in-scope',
      fits: [
        LOCKED_TO_ONE_PROVIDER,
        onOwnPlatform(4, 'the platform is AWS, so secrets share its IAM and audit trail'),
        { when: (c) => c.v.regulated(), weight: 1, because: 'rotation and audited reads answer the compliance controls on credentials' },
      ],
    },
    {
      id: 'azure-key-vault',
      attrs: { secretStore: 'manager' },
      title: 'Azure Key Vault',
      summary: 'Managed vault for secrets, keys and certificates, read through managed identities.',
      pros: [
        'Managed identities read secrets without any bootstrap credential',
        'Holds keys and certificates too, HSM-backed on the Premium tier',
      ],
      cons: ['Per-vault throttling limits: cache in the application', 'Azure-only'],
      costClass: 'low',
      complexity: 2,
      skills: ['Azure RBAC', 'managed identities'],
      leans: { compliance: 2, simplicity: 1, resilience: 1 },
      needsProvider: 'in-scope',
      fits: [LOCKED_TO_ONE_PROVIDER, onOwnPlatform(4, 'the platform is Azure, where managed identities read Key Vault natively')],
    },
    {
      id: 'gcp-secret-manager',
      attrs: { secretStore: 'manager' },
      title: 'Google Secret Manager',
      summary: 'Versioned secrets with IAM per secret, mounted into Cloud Run and Cloud Functions as files or variables.',
      pros: ['Cloud Run mounts secrets directly, pinned to a version', 'Audit logs per access; replication policy controls location'],
      cons: ['No built-in rotation: rotation is a scheduled job you write', 'Google Cloud only'],
      costClass: 'low',
      complexity: 2,
      skills: ['Google Cloud IAM'],
      leans: { compliance: 2, simplicity: 1, resilience: 1 },
      needsProvider: 'in-scope',
      fits: [
        LOCKED_TO_ONE_PROVIDER,
        onOwnPlatform(4, 'the platform is Google Cloud, where Cloud Run mounts Secret Manager secrets'),
        {
          when: (c) => c.v.committedAny('cloud-run', 'cloud-functions', 'firebase-functions'),
          weight: 1,
          because: 'the runtime reads Secret Manager without extra code',
        },
      ],
    },
    {
      id: 'hashicorp-vault',
      attrs: { hosting: 'self-hosted', heavyweight: true, secretStore: 'manager' },
      alsoMatches: ['hashicorp-vault'],
      title: 'HashiCorp Vault / OpenBao',
      summary: 'Self-hosted (or HCP) secret server with dynamic database credentials, PKI and transit encryption.',
      pros: [
        'Dynamic, short-lived database credentials instead of static passwords',
        'Same API on every cloud and in the data centre',
        'Transit engine doubles as an encryption service',
      ],
      cons: [
        'Unsealing, HA storage, upgrades and backups of a tier-0 service are yours',
        'Vault is under the BSL licence since 1.14; OpenBao is the open fork',
      ],
      costClass: 'medium',
      complexity: 4,
      skills: ['Vault operations', 'PKI'],
      leans: { compliance: 2, resilience: 0, simplicity: -2, cost: -1 },
      fits: [
        { when: (c) => settledOn(c, 'on-prem'), weight: 3, because: 'there is no cloud secret store in a self-run data centre' },
        { when: (c) => settledOn(c, 'servers'), weight: 1, because: 'rented servers have no managed secret store' },
        { when: (c) => c.v.multiCloud(), weight: 3, because: 'one secret store serves every platform the inputs name' },
        {
          when: (c) => c.v.audited() && c.v.committedAny('on-prem', 'vms'),
          weight: 2,
          because: 'audited access to secrets is required and no managed store exists there',
        },
        { when: (c) => onKubernetes(c), weight: 1, because: 'the Vault agent or CSI driver injects secrets into pods' },
      ],
    },
    {
      id: 'platform-env-vars',
      attrs: { secretStore: 'platform-variables' },
      title: 'Platform environment variables',
      summary: 'Secrets stored as encrypted environment variables in the PaaS (Vercel, Railway, Render, Supabase), scoped per environment.',
      pros: ['Zero extra services; set once per environment in the dashboard or CLI', 'Encrypted at rest and injected at deploy time'],
      cons: ['No rotation, little read audit, and anyone with project access sees them', 'Changing a value needs a redeploy'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, speed: 2, cost: 2, compliance: -2 },
      fits: [
        {
          when: (c) => c.v.paasOnly() ?? settledOn(c, 'paas'),
          weight: 4,
          because: 'the system runs on PaaS platforms that inject secrets as variables',
        },
        {
          when: (c) => settledOn(c, hyperscalerFamilies),
          weight: -2,
          because: 'a hyperscaler has a proper secret store at hand',
        },
        { when: (c) => c.v.regulated(), weight: -2, because: 'regulated data needs rotated, audited credentials' },
      ],
    },
    {
      id: 'sops-in-git',
      attrs: { secretStore: 'encrypted-files' },
      tech: 'sops',
      alsoMatches: ['ansible-vault', 'sealed-secrets'],
      title: 'Encrypted files in git (SOPS, Ansible Vault)',
      summary: 'Secrets committed encrypted next to the deployment code and decrypted at deploy time.',
      pros: ['Versioned and reviewed with the code; no server to run', 'Works offline and in customer data centres'],
      cons: [
        'Rotation means re-encrypting and redeploying',
        'The decryption key becomes the crown jewel; a leaked key exposes the whole history',
      ],
      costClass: 'free',
      complexity: 2,
      skills: ['SOPS/age or Ansible Vault'],
      leans: { cost: 2, simplicity: 1, compliance: -1 },
      fits: [
        {
          when: (c) => c.v.committed('ansible'),
          weight: 4,
          because: 'deployments run through Ansible, which decrypts Ansible Vault files itself',
        },
        { when: (c) => settledOn(c, 'on-prem', 'servers'), weight: 2, because: 'self-run servers have no managed secret store' },
        { when: (c) => c.v.committed('flux'), weight: 2, because: 'Flux decrypts SOPS files natively' },
        { when: (c) => c.v.audited(), weight: -1, because: 'read access to secrets is hard to audit' },
      ],
    },
  ],
});
