// What each BMAD role and agent needs from each infrastructure domain, and where work changes hands.
import type { DomainId } from '../types.js';

export interface RoleNeed {
  role: string;
  needs: string;
}

export interface HandOff {
  from: string;
  to: string;
  artifact: string;
}

const DEV = 'Developer agent (dev)';
const QA = 'QA agent (qa)';
const OPS = 'DevOps / Platform engineer';
const ARCH = 'Architect agent (architect)';
const PM = 'Product manager (pm)';
const PO = 'Product owner (po)';
const SM = 'Scrum master (sm)';
const SEC = 'Security reviewer';

export const ROLE_NEEDS: Record<DomainId, RoleNeed[]> = {
  cloud: [
    { role: ARCH, needs: 'the platform and its managed services, to design against their limits' },
    { role: DEV, needs: 'SDKs, local emulators and account access for the chosen platform' },
    { role: PM, needs: 'the platform cost envelope and lock-in trade-off' },
  ],
  network: [
    { role: DEV, needs: 'which endpoints are public, private or internal, and the hostnames per environment' },
    { role: OPS, needs: 'address ranges, zones, ingress and firewall rules as code' },
    { role: SEC, needs: 'the zone model and what crosses each boundary' },
  ],
  compute: [
    { role: DEV, needs: 'the unit of deployment, runtime limits (memory, timeout) and health-check contract' },
    { role: OPS, needs: 'scaling rules and instance sizes to provision' },
    { role: QA, needs: 'how to run the same runtime in test environments' },
  ],
  data: [
    { role: DEV, needs: 'connection details via secrets, migration tooling and the connection-pool budget' },
    { role: OPS, needs: 'backup schedule, retention and restore runbook' },
    { role: PO, needs: 'data residency and retention rules that shape stories' },
  ],
  security: [
    { role: DEV, needs: 'how code reads secrets and gets workload identity; no credentials in code' },
    { role: SEC, needs: 'control mapping per regime and the audit evidence each produces' },
    { role: OPS, needs: 'IAM roles and policies to create, and key rotation duties' },
  ],
  observability: [
    { role: DEV, needs: 'logging format, metric names and trace propagation to instrument the code' },
    { role: OPS, needs: 'dashboards, alert routes and on-call rota' },
    { role: PM, needs: 'the service levels reported to stakeholders' },
  ],
  cicd: [
    { role: DEV, needs: 'the pipeline contract: build, test and deploy stages, and how to promote' },
    { role: QA, needs: 'where automated tests run and which gates block a release' },
    { role: SM, needs: 'the definition of done for infrastructure stories' },
  ],
  dr: [
    { role: OPS, needs: 'the failover runbook and the restore-test calendar' },
    { role: PM, needs: 'the RTO/RPO actually achievable and what it costs' },
    { role: QA, needs: 'disaster-recovery test scenarios' },
  ],
  cost: [
    { role: PM, needs: 'the monthly estimate and the budget alarms' },
    { role: OPS, needs: 'tagging rules and the guardrails to enforce' },
    { role: DEV, needs: 'cost-aware defaults (sizes, log levels, retention)' },
  ],
  environments: [
    { role: DEV, needs: 'local development setup and preview environments' },
    { role: QA, needs: 'test data policy and which environment hosts each test level' },
    { role: OPS, needs: 'environment isolation boundaries to provision' },
  ],
  evolution: [
    { role: ARCH, needs: 'the thresholds that trigger each migration' },
    { role: PM, needs: 'the roadmap items the migrations become' },
    { role: PO, needs: 'the debt taken on now, to schedule its repayment' },
  ],
  collaboration: [
    { role: SM, needs: 'ownership per component and the change-review process' },
    { role: OPS, needs: 'the support model and escalation path' },
    { role: DEV, needs: 'how to request infrastructure changes' },
  ],
};

export const HAND_OFFS: Record<DomainId, HandOff[]> = {
  cloud: [{ from: ARCH, to: OPS, artifact: 'platform ADR and account/subscription structure' }],
  network: [
    { from: ARCH, to: OPS, artifact: 'network topology diagram and zone rules' },
    { from: OPS, to: DEV, artifact: 'endpoint and DNS names per environment' },
  ],
  compute: [
    { from: OPS, to: DEV, artifact: 'runtime contract (limits, health checks, environment variables)' },
    { from: DEV, to: OPS, artifact: 'container image or deployment package' },
  ],
  data: [
    { from: OPS, to: DEV, artifact: 'database access via secrets and migration pipeline step' },
    { from: DEV, to: OPS, artifact: 'schema migrations and expected data growth' },
  ],
  security: [
    { from: SEC, to: OPS, artifact: 'control checklist per regime' },
    { from: OPS, to: DEV, artifact: 'secret references and workload roles' },
  ],
  observability: [
    { from: OPS, to: DEV, artifact: 'logging and metrics conventions' },
    { from: DEV, to: OPS, artifact: 'service-level indicators per feature' },
  ],
  cicd: [
    { from: OPS, to: DEV, artifact: 'pipeline templates' },
    { from: QA, to: OPS, artifact: 'release gate criteria' },
  ],
  dr: [{ from: OPS, to: PM, artifact: 'tested RTO/RPO figures' }],
  cost: [{ from: OPS, to: PM, artifact: 'monthly cost report by tag' }],
  environments: [
    { from: OPS, to: DEV, artifact: 'environment catalogue and access' },
    { from: QA, to: OPS, artifact: 'test data requirements' },
  ],
  evolution: [{ from: ARCH, to: PM, artifact: 'migration roadmap with triggers' }],
  collaboration: [
    { from: SM, to: OPS, artifact: 'infrastructure stories with acceptance criteria' },
    { from: OPS, to: SM, artifact: 'support rota and escalation path' },
  ],
};
