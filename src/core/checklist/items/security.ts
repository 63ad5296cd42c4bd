// Security: identity, least privilege, secrets, encryption, audit, scanning, compliance, trust boundaries.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, together, words } from '../detectors.js';

const SECRET_STORE = words(
  'Secrets? Manager', 'Key ?Vault', 'HashiCorp Vault', 'Vault', 'Parameter Store', 'SSM', 'KMS', 'Sealed Secrets', 'External Secrets', 'SOPS', 'Doppler',
  '1Password', 'Infisical', 'GitHub (?:Actions )?secrets', 'secret stores?', 'secrets? vaults?', 'secret management', 'secrets management', 'Kubernetes secrets', 'Docker secrets',
);

export const securityItems = [
  item({
    id: 'ckl-sec-identity',
    area: 'security',
    title: 'Identity and authentication',
    description: 'How users and services authenticate (identity provider, IAM, SSO, tokens) is described.',
    severity: 'error',
    detects: 'IAM, identity provider, authentication, SSO, OAuth/OIDC/SAML, Cognito, Entra ID, Auth0, Clerk, Keycloak, JWT, service accounts',
    detect: mentions(words('IAM', 'identity', 'authenticat\\w*', 'auth', 'SSO', 'single sign-on', 'OAuth2?', 'OIDC', 'OpenID', 'SAML', 'Cognito', 'Entra(?: ID)?', 'Azure AD', 'Active Directory', 'Auth0', 'Clerk', 'Keycloak', 'Okta', 'JWTs?', 'service accounts?', 'managed identit(?:y|ies)', 'MFA', '2FA', 'passkeys?', 'login')),
    docs: {
      why: 'Identity is the first control an attacker meets and the basis of every authorisation rule.',
      fix: 'Name the identity provider for people and for workloads, and how tokens or credentials are issued.',
    },
  }),
  item({
    id: 'ckl-sec-least-privilege',
    area: 'security',
    title: 'Least privilege and access control',
    description: 'Access is scoped by role (least privilege, RBAC, scoped policies).',
    severity: 'warning',
    detects: 'least privilege, RBAC, role-based access, scoped/minimal permissions, IAM roles or policies, row-level security',
    detect: mentions(words('least[- ]privileged?', 'RBAC', 'ABAC', 'role-based(?: access(?: control)?)?', 'attribute-based', '(?:minimal|minimum|scoped|fine-grained|granular|restricted) (?:permissions?|access|privileges?|policies|IAM)', 'IAM (?:roles?|polic(?:y|ies))', 'access control', 'row[- ]level security', 'RLS', 'permission boundar\\w*', 'separation of duties')),
    docs: {
      why: 'Broad permissions turn any leaked credential into a full compromise.',
      fix: 'State the access model (roles per team/service, no wildcard policies) and how access is reviewed.',
    },
  }),
  item({
    id: 'ckl-sec-secrets',
    area: 'security',
    title: 'Secrets management',
    description: 'Where secrets live, how they reach workloads and how they are rotated is described.',
    severity: 'error',
    detects: 'a secret store (Secrets Manager, Key Vault, Vault, Parameter Store, platform secret variables) or "secrets" with stored/injected/rotated/never committed',
    detect: anyOf(
      mentions(SECRET_STORE),
      together(words('secrets?', 'credentials?', 'API keys?'), words('stor\\w*', 'manag\\w*', 'inject\\w*', 'rotat\\w*', 'environment variables?', 'env vars?', 'never (?:be )?committed', 'not committed', 'encrypted', 'vault', 'platform-native', 'variables')),
      heading(words('secrets?(?: management)?')),
    ),
    docs: {
      why: 'Leaked secrets in code or logs are one of the most common incident causes.',
      fix: 'Name the secret store, how applications read secrets at runtime, who can read them and the rotation policy.',
    },
  }),
  item({
    id: 'ckl-sec-encryption-at-rest',
    area: 'security',
    title: 'Encryption at rest',
    description: 'Stored data (databases, object storage, backups) is encrypted at rest and keys are managed.',
    severity: 'error',
    detects: '"at rest" with encryption, SSE-S3/SSE-KMS, KMS keys, AES-256, TDE, encrypted volumes/databases/backups',
    detect: anyOf(
      together(/\bat[- ]rest\b/i, /\bencrypt\w*|\bAES|\bKMS\b|\bCMK\b/i),
      mentions(words('SSE-S3', 'SSE-KMS', 'S3_MANAGED', 'BucketEncryption\\w*', 'AES-?256', 'TDE', 'transparent data encryption', 'customer[- ]managed keys?', 'CMKs?', 'encrypted (?:storage|volumes?|databases?|backups?|buckets?|disks?|snapshots?)', 'server-side encryption', 'storage encryption', 'disk encryption')),
    ),
    docs: {
      why: 'Encryption at rest protects against lost media and over-broad storage access, and most regimes require it.',
      fix: 'State that each store is encrypted at rest and who manages the keys (provider-managed or customer-managed KMS).',
    },
  }),
  item({
    id: 'ckl-sec-encryption-in-transit',
    area: 'security',
    title: 'Encryption in transit',
    description: 'Traffic is encrypted in transit (TLS/HTTPS, mTLS for internal calls).',
    severity: 'error',
    detects: 'TLS, HTTPS, SSL, mTLS, HSTS, "in transit", enforceSSL',
    detect: mentions(words('TLS(?: ?1\\.[23])?', 'HTTPS(?:-only)?', 'SSL', 'mTLS', 'mutual TLS', 'HSTS', 'in[- ]transit', 'enforceSSL', 'encrypted connections?', 'secure transport')),
    docs: {
      why: 'Unencrypted traffic exposes credentials and personal data on every network hop.',
      fix: 'State TLS everywhere from clients to the edge and between services, the minimum version and where certificates come from.',
    },
  }),
  item({
    id: 'ckl-sec-audit-logging',
    area: 'security',
    title: 'Audit logging',
    description: 'Administrative and data access is recorded in audit logs.',
    severity: 'warning',
    detects: 'audit logs/trails, CloudTrail, Activity Log, Cloud Audit Logs, access logs',
    detect: mentions(words('audit(?:ing|able)?(?: logs?| trails?| logging| events?)?', 'CloudTrail', 'Activity Logs?', 'Cloud Audit Logs', 'access logs?', 'server access logging')),
    docs: {
      why: 'Audit logs are how an incident is investigated and how compliance is demonstrated.',
      fix: 'Say which actions are audited, where audit logs are kept, for how long and who can read them.',
    },
  }),
  item({
    id: 'ckl-sec-vulnerability-scanning',
    area: 'security',
    title: 'Vulnerability and configuration scanning',
    description: 'Code, dependencies, images or infrastructure are scanned for vulnerabilities and misconfiguration.',
    severity: 'warning',
    detects: 'vulnerability/dependency/image scanning, SAST/DAST, Dependabot, Snyk, Trivy, CodeQL, npm audit, cdk-nag, Checkov, tfsec, GuardDuty, Security Hub, Defender',
    detect: mentions(words('vulnerabilit(?:y|ies) scan\\w*', '(?:dependency|image|container|security|secret) scan\\w*', 'scann(?:ing|er)', 'SAST', 'DAST', 'SCA', 'Dependabot', 'Renovate', 'Snyk', 'Trivy', 'Grype', 'CodeQL', 'SonarQube', 'Semgrep', '(?:npm|yarn|pnpm|pip) audit', 'cdk-nag', 'Checkov', 'tfsec', 'KICS', 'GuardDuty', 'Security Hub', 'Defender(?: for Cloud)?', 'Inspector', 'penetration test\\w*', 'pen[- ]?tests?', 'vulnerabilit(?:y|ies)')),
    docs: {
      why: 'Known vulnerabilities in dependencies and images are the cheapest attacks to run and to prevent.',
      fix: 'Add scanning to the pipeline (dependencies, images, IaC) and say what severity blocks a release.',
    },
  }),
  item({
    id: 'ckl-sec-compliance-mapped',
    area: 'security',
    title: 'Compliance regimes addressed',
    description: 'Applicable regulations and standards (GDPR, HIPAA, PCI DSS, SOC 2, ISO 27001, ...) are named and mapped to controls, or the document states none apply.',
    severity: 'warning',
    detects: 'regime names, compliance, regulatory, data protection, privacy law, or an explicit "no compliance requirements"',
    detect: mentions(words('GDPR', 'UK GDPR', 'HIPAA', 'PCI(?:[- ]DSS)?', 'SOC ?2', 'ISO ?27001', 'ISO/IEC 27001', 'FedRAMP', 'CCPA', 'NIS ?2', 'DORA', 'FISMA', 'Cyber Essentials', 'FIPS', 'compliance', 'compliant', 'regulat\\w*', 'data protection', 'privacy', 'DPA', 'NCSC', 'Essential Eight', 'IRAP')),
    docs: {
      why: 'Regulations impose concrete infrastructure controls (residency, encryption, logging, retention); missing them is expensive later.',
      fix: 'List the regimes that apply and, for each, the controls in this architecture that satisfy it, or state explicitly that none apply.',
    },
  }),
  item({
    id: 'ckl-sec-trust-boundaries',
    area: 'security',
    title: 'Trust boundaries',
    description: 'Trust boundaries or a zero-trust / defence-in-depth stance are described.',
    severity: 'info',
    detects: 'trust boundaries, zero trust, defence in depth, security zones, perimeter, threat model',
    detect: mentions(words('trust boundar(?:y|ies)', 'zero[- ]trust', 'defen[cs]e[- ]in[- ]depth', 'security (?:zones?|boundar(?:y|ies)|perimeter|layers?)', 'perimeter', 'threat model\\w*', 'STRIDE', 'attack surface', 'blast radius')),
    docs: {
      why: 'Naming trust boundaries shows where authentication and validation must happen.',
      fix: 'Draw or list the boundaries (internet/edge, app, data, admin) and the controls at each crossing.',
    },
  }),
];
