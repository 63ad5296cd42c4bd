// Overview: what is being built, on what, and the headline decisions.
import type { RootContent } from 'mdast';
import { domainInfo } from '../../decide/domains.js';
import { techName } from '../../model/tech-catalog.js';
import { h, p, strong, table } from '../md.js';
import type { RenderContext } from '../render-context.js';

const KEY = ['cloud.primary-platform', 'cloud.strategy', 'compute.runtime', 'data.primary-database', 'network.topology', 'security.identity', 'cicd.pipeline-platform', 'cicd.iac-tool', 'dr.strategy-tier'];

export function overviewSection(c: RenderContext): RootContent[] {
  const { model: m, profile: pr } = c;
  const style = pr.architectureStyle ? pr.architectureStyle.value : 'not stated';
  const platform = m.platform.primary === 'unknown' ? 'a platform still to be confirmed' : techName(m.platform.primary);
  const others = m.platform.providers.filter((x) => x !== m.platform.primary).map(techName);
  const out: RootContent[] = [h(2, 'Overview')];
  out.push(p(`This document is the infrastructure blueprint for ${m.project}: a ${style} system hosted on ${platform}${others.length ? ` together with ${others.join(', ')}` : ''}, `
    + `in ${m.regions.filter((r) => r.role === 'primary').map((r) => r.id).join(', ')}, with ${m.environments.length} environments, ${m.compute.length} compute units and ${m.dataStores.length} data stores. `
    + `It records ${c.decisions.length} decisions across ${new Set(c.decisions.map((d) => d.domain)).size} infrastructure domains, each with the options weighed and the facts that decided it, and hands the platform team the constraints, selections and checks to implement it.`));
  const rows = KEY.map((id) => c.decisions.find((d) => d.id === id)).filter((d) => !!d)
    .map((d) => [domainInfo(d!.domain).title, d!.question, strong(d!.choiceTitle), d!.basis === 'committed' ? 'stated in the inputs' : d!.basis === 'user' ? 'chosen in session' : d!.assumptions.length ? 'assumed' : 'recommended']);
  if (rows.length) out.push(p('Headline decisions:'), table(['Domain', 'Question', 'Choice', 'Basis'], rows));
  return out;
}
