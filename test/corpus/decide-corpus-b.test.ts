// Runs the security, observability, CI/CD, DR, cost, environment, evolution and collaboration decisions on
// profiles built from the corpus labels: committed IaC and CI/CD tools must survive, and no choice may name a
// provider the labels do not commit to.
import { describe, expect, it } from 'vitest';
import { decideAll, emptyUserInput } from '../../src/core/decide/decide.js';
import type { Decision } from '../../src/core/types.js';
import { makeProfile, type ProfileSpec } from '../helpers/make-profile.js';
import { PROJECTS, readLabels } from './corpus.js';
import { EXPECTED, settle } from './expected-failures.js';

const DOMAINS = ['security', 'observability', 'cicd', 'dr', 'cost', 'environments', 'evolution', 'collaboration'];

/** Option ids that are one provider's own service, and the label ids any one of which makes them legitimate. */
const PROVIDER_SERVICES: Record<string, string[]> = {
  cognito: ['aws'],
  'aws-secrets-manager': ['aws'],
  cloudwatch: ['aws'],
  'cloudwatch-logs': ['aws'],
  'x-ray': ['aws'],
  'aws-codepipeline': ['aws'],
  cdk: ['aws'],
  cloudformation: ['aws'],
  sam: ['aws'],
  'entra-id': ['azure'],
  'azure-key-vault': ['azure'],
  'azure-monitor': ['azure'],
  'log-analytics': ['azure'],
  'application-insights': ['azure'],
  bicep: ['azure'],
  'gcp-secret-manager': ['gcp', 'firebase'],
  'cloud-monitoring': ['gcp', 'firebase'],
  'cloud-logging': ['gcp', 'firebase'],
  'cloud-trace': ['gcp', 'firebase'],
  'cloud-build': ['gcp', 'firebase'],
  'firebase-auth': ['firebase', 'gcp'],
  'supabase-auth': ['supabase'],
  'vercel-deployments': ['vercel'],
  wrangler: ['cloudflare'],
};
/** Where a committed tool is decided. */
const IAC_POINT = 'cicd.iac-tool';
const CICD_POINT: Record<string, string> = { argocd: 'cicd.gitops', flux: 'cicd.gitops' };

interface Labels {
  cloud_providers?: string[];
  data_stores?: string[];
  compute?: string[];
  iac_tools?: string[];
  ci_cd?: string[];
  compliance?: string[];
  availability_target?: number | null;
  rto?: string | null;
  regions?: string[];
  architecture_style?: string | null;
}

/** "< 5 minutes", "4 hours", "15 min" → minutes. */
function minutes(text: string | null | undefined): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*(min|minute|hour|hr|h\b|day)/i.exec(text ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2].toLowerCase();
  return unit.startsWith('day') ? n * 1440 : unit.startsWith('h') ? n * 60 : n;
}

function specOf(l: Labels): ProfileSpec {
  const rto = minutes(l.rto);
  return {
    cloudProviders: l.cloud_providers ?? [],
    dataStores: l.data_stores ?? [],
    compute: l.compute ?? [],
    iacTools: l.iac_tools ?? [],
    ciCd: l.ci_cd ?? [],
    compliance: l.compliance ?? [],
    regions: (l.regions ?? []).map(String),
    ...(l.availability_target != null ? { availability: Number(l.availability_target) } : {}),
    ...(rto !== undefined ? { rtoMinutes: rto } : {}),
    ...(l.architecture_style ? { style: l.architecture_style } : {}),
  };
}

function carried(d: Decision | undefined): string[] {
  return d ? [d.choice, ...d.alsoCommitted] : [];
}

/** Every way the decisions contradict the labels. */
function contradictions(decisions: Decision[], l: Labels): string[] {
  const out: string[] = [];
  const clouds = l.cloud_providers ?? [];
  const byId = new Map(decisions.map((d) => [d.id, d]));
  for (const d of decisions.filter((x) => DOMAINS.includes(x.domain))) {
    for (const id of carried(d)) {
      const needs = PROVIDER_SERVICES[id];
      if (needs && !needs.some((p) => clouds.includes(p)))
        out.push(`${d.id}=${id} is a ${needs.join('/')} service; labels commit to ${clouds.join(', ') || 'no cloud'}`);
    }
  }
  for (const tool of l.iac_tools ?? []) {
    if (!carried(byId.get(IAC_POINT)).includes(tool))
      out.push(`committed IaC ${tool} lost: ${IAC_POINT}=${carried(byId.get(IAC_POINT)).join('+')}`);
  }
  for (const tool of l.ci_cd ?? []) {
    const point = CICD_POINT[tool] ?? 'cicd.pipeline-platform';
    if (!carried(byId.get(point)).includes(tool)) out.push(`committed CI/CD ${tool} lost: ${point}=${carried(byId.get(point)).join('+')}`);
  }
  return out;
}

const projects = PROJECTS;
if (projects.length === 0) console.log('decide-corpus-b: corpus not found at ../shared/corpus; skipped');

describe.skipIf(projects.length === 0)('corpus (security … collaboration): decisions keep commitments and never add a provider', () => {
  const all: string[] = [];
  it.each(projects)('%s', (project) => {
    const labels = readLabels<Labels>(project);
    const decisions = decideAll(makeProfile(specOf(labels)), emptyUserInput());
    if (process.env.CORPUS_VERBOSE) {
      const mine = decisions.filter((d) => DOMAINS.includes(d.domain) || d.id === 'cloud.primary-platform' || d.id === 'compute.runtime');
      console.log(
        `${project}\n  ${mine.map((d) => `${d.id}=${d.choice}${d.alsoCommitted.length ? `+${d.alsoCommitted.join('+')}` : ''}`).join('\n  ')}`,
      );
    }
    const found = contradictions(decisions, labels);
    all.push(...found.map((f) => `${project}: ${f}`));
    settle(project, 'decide.labels-b', found);
  });
  it('prints the contradiction count', () => {
    console.log(
      `decide-corpus-b: ${projects.length} projects, ${all.length} contradictions (listed as expected failures: ${EXPECTED.filter((e) => e.check === 'decide.labels-b').length} projects)`,
    );
  });
});

// The same checks on hand-made profiles, so they run even where the corpus is absent.
describe('synthetic profiles: decisions keep commitments and never add a provider', () => {
  it.each<[string, Labels]>([
    [
      'Vercel + Railway + Supabase',
      { cloud_providers: ['vercel', 'railway', 'supabase'], data_stores: ['postgresql'], ci_cd: ['github-actions'], compliance: ['gdpr'] },
    ],
    [
      'on-prem Docker Compose + Ansible',
      {
        cloud_providers: ['on-prem'],
        compute: ['docker-compose', 'vms'],
        iac_tools: ['ansible'],
        ci_cd: ['gitlab-ci', 'github-actions'],
        compliance: ['iso27001'],
      },
    ],
    [
      'AWS with CDK and HIPAA',
      { cloud_providers: ['aws'], compute: ['aws-lambda'], iac_tools: ['cdk'], ci_cd: ['github-actions'], compliance: ['hipaa'] },
    ],
    ['Kubernetes without a cloud', { compute: ['kubernetes'], iac_tools: ['helm'], ci_cd: ['argocd'], rto: '15 minutes' }],
  ])('%s', (_name, labels) => {
    const decisions = decideAll(makeProfile(specOf(labels)), emptyUserInput());
    expect(contradictions(decisions, labels)).toEqual([]);
  });
});
