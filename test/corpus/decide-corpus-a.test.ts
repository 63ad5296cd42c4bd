// Runs cloud, network, compute and data decisions on profiles built from the corpus labels and counts contradictions.
import { describe, expect, it } from 'vitest';
import { decideAll, emptyUserInput } from '../../src/core/decide/decide.js';
import type { Decision } from '../../src/core/types.js';
import { makeProfile, type ProfileSpec } from '../helpers/make-profile.js';
import { PROJECTS, readLabels } from './corpus.js';
import { EXPECTED, settle } from './expected-failures.js';

const DOMAINS = ['cloud', 'network', 'compute', 'data'];

/** What a recommended option id commits the system to, in the three families the check cares about. */
const IMPLIES: Record<string, { cloud?: string; orchestrator?: string; database?: string }> = {
  aws: { cloud: 'aws' },
  azure: { cloud: 'azure' },
  gcp: { cloud: 'gcp' },
  cloudfront: { cloud: 'aws' },
  'api-gateway': { cloud: 'aws' },
  alb: { cloud: 'aws' },
  'aws-waf': { cloud: 'aws' },
  ecs: { cloud: 'aws', orchestrator: 'ecs' },
  'aws-lambda': { cloud: 'aws' },
  ecr: { cloud: 'aws' },
  'amazon-rds': { cloud: 'aws' },
  s3: { cloud: 'aws' },
  sqs: { cloud: 'aws' },
  sns: { cloud: 'aws' },
  dynamodb: { cloud: 'aws', database: 'dynamodb' },
  'azure-front-door': { cloud: 'azure' },
  'azure-app-gateway': { cloud: 'azure' },
  'azure-waf': { cloud: 'azure' },
  'container-apps': { cloud: 'azure' },
  'app-service': { cloud: 'azure' },
  'azure-functions': { cloud: 'azure' },
  acr: { cloud: 'azure' },
  'azure-database': { cloud: 'azure' },
  'azure-blob-storage': { cloud: 'azure' },
  'service-bus': { cloud: 'azure' },
  'cosmos-db': { cloud: 'azure', database: 'cosmos-db' },
  'cloud-cdn': { cloud: 'gcp' },
  'google-load-balancer': { cloud: 'gcp' },
  'cloud-armor': { cloud: 'gcp' },
  'cloud-run': { cloud: 'gcp' },
  'cloud-functions': { cloud: 'gcp' },
  'artifact-registry': { cloud: 'gcp' },
  'cloud-sql': { cloud: 'gcp' },
  gcs: { cloud: 'gcp' },
  pubsub: { cloud: 'gcp' },
  firestore: { database: 'firestore' },
  kubernetes: { orchestrator: 'kubernetes' },
  'kubernetes-network-policies': { orchestrator: 'kubernetes' },
  'kubernetes-ingress': { orchestrator: 'kubernetes' },
  'kubernetes-jobs': { orchestrator: 'kubernetes' },
  'kubernetes-operator': { orchestrator: 'kubernetes' },
  postgresql: { database: 'postgresql' },
  mysql: { database: 'mysql' },
  mongodb: { database: 'mongodb' },
  sqlite: { database: 'sqlite' },
};
const MAJOR_CLOUDS = ['aws', 'azure', 'gcp'];
const ORCHESTRATORS: Record<string, string[]> = { kubernetes: ['kubernetes', 'eks', 'gke', 'aks', 'helm'], ecs: ['ecs', 'fargate'] };
const DATABASES = [
  'postgresql',
  'mysql',
  'mariadb',
  'dynamodb',
  'mongodb',
  'firestore',
  'cosmos-db',
  'sqlite',
  'convex',
  'cloudkit',
  'swiftdata',
  'sql-server',
];

interface Labels {
  cloud_providers?: string[];
  data_stores?: string[];
  compute?: string[];
  iac_tools?: string[];
  ci_cd?: string[];
  compliance?: string[];
  availability_target?: number | null;
  regions?: string[];
  architecture_style?: string | null;
}

function specOf(l: Labels): ProfileSpec {
  return {
    cloudProviders: l.cloud_providers ?? [],
    dataStores: l.data_stores ?? [],
    compute: l.compute ?? [],
    iacTools: l.iac_tools ?? [],
    ciCd: l.ci_cd ?? [],
    compliance: l.compliance ?? [],
    regions: (l.regions ?? []).map(String),
    ...(l.availability_target != null ? { availability: Number(l.availability_target) } : {}),
    ...(l.architecture_style ? { style: l.architecture_style } : {}),
  };
}

/** Every way a decision (its choice and what it carries alongside) contradicts the labels. */
export function contradictions(d: Decision, l: Labels): string[] {
  const out: string[] = [];
  const clouds = l.cloud_providers ?? [];
  const compute = l.compute ?? [];
  const stores = l.data_stores ?? [];
  for (const id of [d.choice, ...d.alsoCommitted]) {
    const imp = IMPLIES[id] ?? {};
    if (imp.cloud && clouds.length && !clouds.includes(imp.cloud))
      out.push(`${d.id}=${id} names ${imp.cloud}; labels commit to ${clouds.join(', ')}`);
    if (
      imp.orchestrator &&
      compute.length &&
      !ORCHESTRATORS[imp.orchestrator].some((x) => compute.includes(x) || (l.iac_tools ?? []).includes(x))
    )
      out.push(`${d.id}=${id} needs ${imp.orchestrator}; labels run on ${compute.join(', ')}`);
    if (
      imp.database &&
      stores.some((s) => DATABASES.includes(s)) &&
      !stores.includes(imp.database) &&
      !(imp.database === 'postgresql' && stores.includes('pgvector'))
    )
      out.push(`${d.id}=${id} is ${imp.database}; labels store data in ${stores.join(', ')}`);
    if (
      MAJOR_CLOUDS.every((c) => !clouds.includes(c)) &&
      clouds.length &&
      /\b(AWS|Amazon|Azure|Google)\b/.test(d.choiceTitle) &&
      id === d.choice
    )
      out.push(`${d.id}=${id} title names a hyperscaler: ${d.choiceTitle}`);
  }
  return out;
}

const projects = PROJECTS;

describe.skipIf(projects.length === 0)('corpus (cloud, network, compute, data): decisions never contradict the labels', () => {
  const all: string[] = [];
  it.each(projects)('%s', (project) => {
    const labels = readLabels<Labels>(project);
    const decisions = decideAll(makeProfile(specOf(labels)), emptyUserInput()).filter((d) => DOMAINS.includes(d.domain));
    if (process.env.CORPUS_VERBOSE)
      console.log(
        project,
        decisions
          .map(
            (d) =>
              `${d.id}=${d.choice}${d.alsoCommitted.length ? `+${d.alsoCommitted.join('+')}` : ''}${d.rejected.some((r) => r.id === d.choice) ? '(REJECTED)' : ''}`,
          )
          .join('\n  '),
      );
    const found = decisions.flatMap((d) => contradictions(d, labels));
    // A chosen option the engine itself ruled out is a gap in the knowledge base for that platform.
    const forced = decisions
      .filter((d) => d.basis !== 'committed' && d.rejected.some((r) => r.id === d.choice))
      .map((d) => `${d.id}: every option was ruled out`);
    all.push(...found, ...forced);
    settle(project, 'decide.labels-a', [...found, ...forced]);
  });
  it('prints the contradiction count', () => {
    console.log(
      `decide-corpus-a: ${projects.length} projects, ${all.length} contradictions (listed as expected failures: ${EXPECTED.filter((e) => e.check === 'decide.labels-a').length} projects)`,
    );
  });
});

describe('hand-built profiles: decisions stay inside what the inputs commit to', () => {
  const pick = (spec: ProfileSpec) => decideAll(makeProfile(spec)).filter((d) => DOMAINS.includes(d.domain));
  const chosen = (ds: Decision[]) => ds.flatMap((d) => [d.choice, ...d.alsoCommitted]);

  it('a Vercel + Railway + Supabase project gets no EKS, VPC, RDS or other hyperscaler service', () => {
    const ids = chosen(
      pick({ cloudProviders: ['vercel', 'railway', 'supabase'], compute: ['vercel', 'railway'], dataStores: ['postgresql', 'redis'] }),
    );
    const hyperscale = ids.filter(
      (id) => IMPLIES[id]?.cloud || id === 'kubernetes' || id.includes('virtual-network') || id === 'hub-and-spoke',
    );
    expect(hyperscale).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['vercel', 'railway', 'supabase', 'postgresql', 'redis']));
  });

  it('an on-prem Docker Compose + Ansible project gets no hyperscaler or PaaS service', () => {
    const ids = chosen(
      pick({ cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] }),
    );
    expect(ids.filter((id) => IMPLIES[id]?.cloud)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['on-prem', 'docker-compose', 'self-managed-vms', 'host-firewall', 'reverse-proxy']));
  });

  it('a GCP project gets Cloud Run and Cloud SQL style answers, never AWS ones', () => {
    const ids = chosen(pick({ cloudProviders: ['gcp'], dataStores: ['postgresql'] }));
    expect(ids.filter((id) => IMPLIES[id]?.cloud && IMPLIES[id].cloud !== 'gcp')).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['cloud-run', 'cloud-sql', 'gcs', 'artifact-registry']));
  });

  it('every platform family gets a viable answer at every point', () => {
    const specs: ProfileSpec[] = [
      {},
      { cloudProviders: ['aws'] },
      { cloudProviders: ['azure'] },
      { cloudProviders: ['gcp'] },
      { cloudProviders: ['oracle-cloud'] },
      { cloudProviders: ['vercel'] },
      { cloudProviders: ['netlify'] },
      { cloudProviders: ['railway'] },
      { cloudProviders: ['render'] },
      { cloudProviders: ['fly-io'] },
      { cloudProviders: ['heroku'] },
      { cloudProviders: ['cloudflare'] },
      { cloudProviders: ['supabase'] },
      { cloudProviders: ['firebase'] },
      { cloudProviders: ['convex'] },
      { cloudProviders: ['cloudkit'] },
      { cloudProviders: ['digitalocean'] },
      { cloudProviders: ['hetzner'] },
      { cloudProviders: ['on-prem'] },
      { compute: ['kubernetes'] },
    ];
    const forced = specs.flatMap((s) =>
      pick(s)
        .filter((d) => d.rejected.some((r) => r.id === d.choice))
        .map((d) => `${JSON.stringify(s)} ${d.id}`),
    );
    expect(forced).toEqual([]);
  });
});
