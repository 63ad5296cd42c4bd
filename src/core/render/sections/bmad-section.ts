// BMAD integration: how this project's units are developed and shipped, who deploys what with which credentials, and its hand-offs.
import type { RootContent } from 'mdast';
import { techName } from '../../model/tech-catalog.js';
import type { InfraModel } from '../../types.js';
import { listOf } from '../facts.js';
import { h, p, strong, table, ul } from '../md.js';
import type { RenderContext } from '../render-context.js';

const choiceOf = (c: RenderContext, id: string) => c.decisions.find((d) => d.id === id)?.choiceTitle ?? null;

function envNamed(m: InfraModel, ...ids: string[]): string | null {
  return m.environments.find((e) => ids.includes(e.id))?.name ?? null;
}

export function bmadSection(c: RenderContext): RootContent[] {
  const m = c.model;
  const tool = m.pipelines[0] ? techName(m.pipelines[0].tool) : null;
  const iac = m.iac ? techName(m.iac) : null;
  const prod = envNamed(m, 'prod', 'production') ?? 'production';
  const staging = envNamed(m, 'staging', 'test', 'uat');
  const first = m.environments.find((e) => !['local', 'preview'].includes(e.id))?.name ?? null;
  const gates = m.pipelines.flatMap((pl) => pl.stages.filter((s) => s.approval).map((s) => s.name));
  const localDev = choiceOf(c, 'environments.local-dev');
  const testData = choiceOf(c, 'environments.test-data');
  const workload = choiceOf(c, 'security.workload-access');
  const out: RootContent[] = [h(2, 'BMAD Integration Architecture')];

  out.push(h(3, 'Development environment'));
  const dev: string[] = [];
  dev.push(
    m.dataStores.length
      ? `Locally${localDev ? ` (${localDev})` : ''}, stand-ins for ${listOf(m.dataStores.map((d) => d.name))} run on the developer's machine${testData ? ` (${testData})` : ''}.`
      : `Locally${localDev ? ` (${localDev})` : ''}, the code runs with no data store to emulate.`,
  );
  if (m.environments.some((e) => e.id === 'preview'))
    dev.push(`Each pull request gets a preview environment${tool ? ` from ${tool}` : ''}; it is removed on merge.`);
  if (tool)
    dev.push(`${tool} runs unit and integration tests on every pull request${first ? `; end-to-end tests run against ${first}` : ''}.`);
  out.push(ul(dev));

  out.push(h(3, 'Deployment of application work'));
  const units = m.compute.filter((x) => x.role !== 'edge');
  if (units.length) {
    out.push(
      table(
        ['Unit', 'Runs on', 'Shipped by'],
        units.map((x) => [
          strong(x.name),
          techName(x.tech),
          tool
            ? `${tool}${gates.length ? `, ${prod} after ${gates.length === 1 ? 'the approval gate' : `${gates.length} approval gates`}` : ''}`
            : 'the release process',
        ]),
      ),
    );
  } else {
    out.push(p('No server-side unit is deployed; releases follow the distribution process under CI/CD.'));
  }
  const ext = m.externalServices.map((e) => e.name);
  out.push(h(3, 'Cross-service integration'));
  out.push(
    p(
      `${m.flows.length} flows between the units, stores${ext.length ? ` and ${listOf(ext)}` : ''}, each drawn with its protocol in the data-flow diagram; service-to-service calls stay inside the private zone and authenticate with the workload's own identity.`,
    ),
  );

  out.push(h(3, 'Who deploys what, with which credentials'));
  const rows: string[][] = [];
  rows.push([
    'Developer',
    `merges to the main branch; ${tool ?? 'the pipeline'} deploys it to ${first ?? 'the first shared environment'}`,
    `read access to ${m.observability.logs} outside ${prod}; secret names, not values, from ${m.security.secrets}`,
  ]);
  if (staging)
    rows.push([
      'QA',
      `signs off each release in ${staging}`,
      `test accounts in ${staging}${testData ? ` (${testData})` : ''}; no ${prod} data`,
    ]);
  rows.push([
    'DevOps / platform',
    `${iac ? `applies ${iac} plans` : 'changes the infrastructure'}${gates.length ? `; approves the ${listOf(gates)} gate${gates.length === 1 ? '' : 's'}` : ''}`,
    `a personal cloud sign-in with MFA, no long-lived keys; deployments run under the pipeline's own identity${workload ? ` (${workload})` : ''}`,
  ]);
  rows.push(['Architect', `changes to this document and its ${c.adrs.length} ADRs`, 'none in the environments']);
  out.push(table(['Role', 'Deploys or approves', 'Credentials'], rows));

  out.push(h(3, 'Hand-offs'));
  const hand: string[] = [
    `Architect → platform: this document, ${c.adrs.length} ADRs and .infra-arch/model.json; questions go against the ${c.openQuestions.length} open question${c.openQuestions.length === 1 ? '' : 's'}.`,
  ];
  if (staging) hand.push(`Developers → QA: a build in ${staging}; QA → platform: sign-off before ${gates.length ? listOf(gates) : prod}.`);
  const reds = c.concerns.filter((x) => x.status === 'open' && x.level !== 'green').length;
  if (reds) hand.push(`Platform → product owner: ${reds} open feasibility concern${reds === 1 ? '' : 's'} to schedule as stories.`);
  out.push(ul(hand));
  return out;
}
