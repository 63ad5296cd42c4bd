// BMAD integration: how this project's units are developed and shipped, who deploys what with which credentials, and its hand-offs.
import type { RootContent } from 'mdast';
import { techName } from '../../model/tech-catalog.js';
import { refName } from '../../model/model-ref.js';
import type { InfraModel } from '../../types.js';
import { listOf } from '../facts.js';
import { code, h, p, strong, table, ul, type Inline } from '../md.js';
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
  const built = listOf(m.compute.filter((x) => x.role !== 'edge').map((x) => x.name));
  if (tool)
    dev.push(
      `${tool} builds${built ? ` ${built}` : ''} and runs unit and integration tests on every pull request${first ? `; end-to-end tests run against ${first}` : ''}.`,
    );
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
  // The calls this system makes, by name: what an integration test or a network policy has to allow.
  const name = (id: string) =>
    id === 'users'
      ? 'Users'
      : ((m.compute.find((x) => x.id === id) ?? m.dataStores.find((x) => x.id === id) ?? m.externalServices.find((x) => x.id === id))
          ?.name ?? id);
  const calls = m.flows.filter((f) => f.from !== 'users').map((f) => `${name(f.from)} → ${name(f.to)} (${f.label})`);
  out.push(
    calls.length
      ? p(
          `${listOf(calls)}${ext.length ? `; calls to ${listOf(ext)} leave the platform over HTTPS with credentials from ${refName(m.security.secrets, c.decisions)}` : ''}; service-to-service calls stay inside the private zone and authenticate with the workload's own identity.`,
        )
      : p('The units make no calls to one another or to a data store; each stands alone.'),
  );

  out.push(h(3, 'Who deploys what, with which credentials'));
  const rows: string[][] = [];
  rows.push([
    'Developer',
    `merges to the main branch; ${tool ?? 'the pipeline'} deploys ${built || 'it'} to ${first ?? 'the first shared environment'}`,
    `read access to ${refName(m.observability.logs, c.decisions)} outside ${prod}; secret names, not values, from ${refName(m.security.secrets, c.decisions)}`,
  ]);
  if (staging)
    rows.push([
      'QA',
      `signs off each release${built ? ` of ${built}` : ''} in ${staging}`,
      `test accounts in ${staging}${testData ? ` (${testData})` : ''}; no ${prod} data`,
    ]);
  rows.push([
    'DevOps / platform',
    `${iac ? `applies ${iac} plans` : 'changes the infrastructure'}${gates.length ? `; approves the ${listOf(gates)} gate${gates.length === 1 ? '' : 's'}` : ''}`,
    `a personal ${techName(m.platform.primary)} sign-in with MFA, no long-lived keys; ${iac ? `${iac} applies and ` : ''}deployments run as ${tool ?? 'the pipeline'} under a short-lived role per environment, and only the gated ${prod} job may take the ${prod} role`,
  ]);
  // The running services hold credentials too: each its own identity, its secrets read at start, never a person's keys.
  const served = m.compute.filter((x) => x.role !== 'edge');
  if (served.length && !m.hosting?.shipsOnly)
    rows.push([
      `Running services: ${listOf(served.map((x) => x.name))}`,
      'nothing: deployed by the pipeline',
      `each its own identity${workload ? ` (${workload})` : ''}, allowed only its own stores; secret values from ${refName(m.security.secrets, c.decisions)} at start`,
    ]);
  out.push(table(['Role', 'Deploys or approves', 'Credentials'], rows));

  out.push(h(3, 'Hand-offs'));
  const hand: (string | Inline[])[] = [
    `Architect → platform: this document, ${c.adrs.length} ADRs and .infra-arch/model.json${c.adrs[0] ? `, starting with ADR-${String(c.adrs[0].number).padStart(4, '0')} (${c.adrs[0].title})` : ''}; questions go against the ${c.openQuestions.length} open question${c.openQuestions.length === 1 ? '' : 's'}.`,
  ];
  if (staging)
    hand.push(
      `Developers → QA: a build${built ? ` of ${built}` : ''} in ${staging}; QA → platform: sign-off before ${gates.length ? listOf(gates) : prod}.`,
    );
  const open = c.concerns.filter((x) => x.status === 'open' && x.level !== 'green');
  if (open.length)
    hand.push([
      'Platform → product owner: schedule ',
      ...open.flatMap((x, i): Inline[] => [...(i === 0 ? [] : [i === open.length - 1 ? ' and ' : ', ']), code(x.id)]),
      ' as stories; each is in the feasibility review above.',
    ]);
  out.push(ul(hand));
  return out;
}
