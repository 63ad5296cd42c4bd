// BMAD integration: development environment, deployment of the app work, cross-service integration, and each role's needs.
import type { RootContent } from 'mdast';
import { techName } from '../../model/tech-catalog.js';
import { h, p, strong, table, ul } from '../md.js';
import type { RenderContext } from '../render-context.js';

export function bmadSection(c: RenderContext): RootContent[] {
  const m = c.model;
  const local = m.environments.find((e) => e.id === 'local');
  const preview = m.environments.find((e) => e.id === 'preview');
  const fe = m.compute.filter((x) => x.role === 'frontend');
  const be = m.compute.filter((x) => x.role === 'api' || x.role === 'worker' || x.role === 'service');
  const tool = m.pipelines[0] ? techName(m.pipelines[0].tool) : 'the pipeline';
  const out: RootContent[] = [h(2, 'BMAD Integration Architecture')];
  out.push(h(3, 'Development environment'));
  out.push(ul([
    local ? `Local: ${local.purpose}.` : 'Local development runs against the shared development environment.',
    m.dataStores.length ? `Local stand-ins for ${m.dataStores.map((d) => d.name).join(', ')} run in containers or emulators, seeded with synthetic data only.` : 'No data stores to emulate locally.',
    preview ? 'Each pull request gets a preview environment, torn down on merge.' : 'Pull requests run the test suite in CI; shared environments are updated on merge.',
    `Test infrastructure: unit and integration tests run in ${tool} on every pull request; end-to-end tests run against the first shared environment.`,
  ]));
  out.push(h(3, 'Deployment of application work'));
  const rows = [
    ...fe.map((x) => ['Frontend', x.name, techName(x.tech), `built by ${tool}, promoted as one artefact`]),
    ...be.map((x) => ['Backend', x.name, techName(x.tech), `built by ${tool}, deployed with ${m.iac ? techName(m.iac) : 'the platform configuration'}`]),
  ];
  if (rows.length) out.push(table(['Work from', 'Unit', 'Runs on', 'How it ships'], rows));
  else out.push(p('No server-side unit is deployed; client releases follow the app store or distribution process.'));
  out.push(h(3, 'Cross-service integration'));
  out.push(ul(m.flows.length
    ? m.flows.slice(0, 12).map((f) => `${nameOf(c, f.from)} → ${nameOf(c, f.to)}: ${f.label}`)
    : ['No service-to-service traffic in the model.']));
  out.push(h(3, 'What each BMAD role needs'));
  out.push(table(['Role', 'Needs from this infrastructure'], [
    [strong('Architect'), 'This document, the ADRs and .infra-arch/model.json as the source of truth; revise a section with infra-arch revise rather than editing by hand.'],
    [strong('Developer'), `Local setup, environment variables by name (values from ${m.security.secrets}), the deploy path through ${tool}, logs in ${m.observability.logs}.`],
    [strong('QA'), `A stable ${m.environments.find((e) => e.id === 'staging' || e.id === 'test')?.name ?? 'pre-production'} environment with seeded test data, preview environments where available, access to traces and logs.`],
    [strong('Product owner / Scrum master'), 'The cost lines and open questions for prioritisation, the validation criteria as acceptance checks for infrastructure stories, the feasibility concerns as risks.'],
    [strong('DevOps / Platform engineer'), 'The handoff constraints, pinned selections, the pipeline stages and the DR runbook targets; the diagrams for onboarding.'],
  ]));
  return out;
}

function nameOf(c: RenderContext, id: string): string {
  if (id === 'users') return 'Users';
  const m = c.model;
  return m.compute.find((x) => x.id === id)?.name ?? m.dataStores.find((x) => x.id === id)?.name ?? m.externalServices.find((x) => x.id === id)?.name ?? id;
}
